import { buildPortScript, type PortScriptInput } from '@parley/conversation-tests';
import type { JsonObject } from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import {
  createTestPorts,
  startConversation,
  type Conversation,
  type TestClock,
} from '@parley/testing';

/** How `parley chat` starts each conversation (again on `/restart`). */
export interface ChatStart {
  locale?: string;
  vars?: JsonObject;
  contact?: JsonObject;
  /** Scripted port answers for the whole conversation (`--script`). */
  script?: PortScriptInput;
}

/**
 * Starts a terminal conversation on the real engine and executors with the test
 * ports of `@parley/testing`: nothing is configured but what `start.script`
 * answers, so LLM, knowledge, look-up and action nodes take their error outcome.
 * The clock is the wall clock (dates in expressions are today's), moved forward
 * only when `/timer` fires a timer early. Fresh ports each time: a restarted
 * conversation replays scripted answer lists from the first.
 */
export function startChatConversation(doc: BotDocument, start: ChatStart): Promise<Conversation> {
  const ports = createTestPorts(buildPortScript(start.script), wallClock());
  return startConversation(doc, {
    ports,
    ...(start.locale === undefined ? {} : { locale: start.locale }),
    ...(start.vars === undefined ? {} : { vars: start.vars }),
    ...(start.contact === undefined ? {} : { contact: start.contact }),
  });
}

function wallClock(): TestClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    set: (ms) => {
      offset = ms - Date.now();
    },
    advance: (ms) => {
      offset += ms;
    },
  };
}
