import type { MessageButton } from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import type { Conversation, TurnRecord } from '@parley/testing';
import pc from 'picocolors';
import { parseAssignments } from './assignment.parser';
import { startChatConversation, type ChatStart } from './chat-session';
import { renderTrace } from './trace.render';

/** What the slash commands work on; the loop owns it. */
export interface ChatContext {
  doc: BotDocument;
  start: ChatStart;
  conversation: Conversation;
  /** The numbered choices of the last turn. */
  choices: MessageButton[];
  write: (line: string) => void;
  /** Shows a turn and remembers its choices. */
  show(record: TurnRecord): void;
}

/** The slash commands, as `/help` and `parley chat --help` list them. */
export const chatHelp = `Commands:
  /restart            start a new conversation
  /vars               print the variables and contact attributes
  /trace              print the last turn's trace (nodes, outcomes, variables, port calls)
  /handback [n=v …]   hand the conversation back as the agent, setting variables
  /timer              fire the waiting node's timer now (ask timeout, hand-off wait)
  /help               this list
  /quit               leave (so does Ctrl-D)
Type a choice's number to press that button.`;

/** Runs one `/command`; returns `quit` when the user leaves. */
export async function runChatCommand(line: string, ctx: ChatContext): Promise<'quit' | 'continue'> {
  const [name = '', ...args] = line.slice(1).trim().split(/\s+/);
  switch (name) {
    case 'quit':
    case 'exit':
      return 'quit';
    case 'restart':
      ctx.write(pc.dim('— new conversation —'));
      ctx.conversation = await startChatConversation(ctx.doc, ctx.start);
      ctx.show(ctx.conversation.turns[0] ?? ctx.conversation.result().last);
      break;
    case 'vars':
      printVars(ctx);
      break;
    case 'trace': {
      const last = ctx.conversation.turns[ctx.conversation.turns.length - 1];
      ctx.write(
        pc.bold(`trace of turn ${last?.state.turn ?? 0} (${last?.event.type ?? 'none'} event)`),
      );
      renderTrace(last?.trace ?? []).forEach((l) => ctx.write(l));
      break;
    }
    case 'handback':
      await handBack(args, ctx);
      break;
    case 'timer': {
      const timer = ctx.conversation.state.waiting?.timers[0];
      if (timer === undefined) ctx.write(pc.dim('(no timer is pending)'));
      else ctx.show(await ctx.conversation.send({ timer: timer.id }));
      break;
    }
    case 'help':
      ctx.write(chatHelp);
      break;
    default:
      ctx.write(pc.red(`Unknown command /${name}.`) + ' Type /help for the list.');
  }
  return 'continue';
}

async function handBack(args: string[], ctx: ChatContext): Promise<void> {
  if (ctx.conversation.state.status !== 'handoff') {
    ctx.write(pc.dim('(no agent has the conversation: /handback only works after a hand-off)'));
    return;
  }
  const vars = parseAssignments(args, 'Variable');
  if (!vars.ok) ctx.write(pc.red(vars.message));
  else ctx.show(await ctx.conversation.send({ handback: vars.value }));
}

function printVars(ctx: ChatContext): void {
  const { vars, contact } = ctx.conversation.state;
  const declared = ctx.doc.variables.map((v) => v.name);
  const names = [...new Set([...declared, ...Object.keys(vars)])];
  if (names.length === 0 && Object.keys(contact).length === 0) ctx.write(pc.dim('(no variables)'));
  for (const name of names) {
    const value = vars[name];
    ctx.write(`  ${name} = ${value === undefined ? pc.dim('(unset)') : JSON.stringify(value)}`);
  }
  for (const [name, value] of Object.entries(contact))
    ctx.write(`  contact.${name} = ${JSON.stringify(value)}`);
}
