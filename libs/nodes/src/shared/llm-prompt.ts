import type { BotSettings, LocalizedText } from '@parley/flow';
import type { HistoryEntry, LlmMessage, NodeContext } from '@parley/engine';

/**
 * Text on its way to an LLM, with personal data removed when the bot asks for it
 * (`settings.redactPersonalData`). Today it returns the text unchanged: this is the
 * one place every prompt, history line and passage passes through, so the privacy
 * library (ARCHITECTURE §8: phones, e-mails, card numbers, IBANs, resident ids) plugs
 * in here without touching the executors.
 */
export function redactForLlm(text: string): string {
  return text;
}

/** What `buildLlmMessages` puts together, in this order. */
export interface LlmPromptParts {
  /** Node-level instructions (already rendered), after the bot's persona. */
  system?: string | undefined;
  /** Whether the recent conversation goes in as chat turns. */
  includeHistory: boolean;
  /**
   * This turn's customer message, when the prompt already quotes it: the history's
   * copy of it is then left out, so the model does not read the question twice.
   */
  quoted?: string | undefined;
  /** The node's prompt (already rendered): the last user message. */
  prompt: string;
}

/**
 * The chat messages for `llm.complete`: one system message (the bot's persona, then
 * the node's instructions), the recent history as user/assistant turns when asked,
 * then the prompt. Every text goes through `redactForLlm` when the bot redacts.
 */
export function buildLlmMessages(
  ctx: Pick<NodeContext<unknown>, 'botSettings' | 'history'>,
  parts: LlmPromptParts,
): LlmMessage[] {
  const clean = llmTextFilter(ctx.botSettings);
  const system = [ctx.botSettings.llmPersona, parts.system]
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .join('\n\n');
  const messages: LlmMessage[] = [];
  if (system !== '') messages.push({ role: 'system', content: clean(system) });
  if (parts.includeHistory) {
    const last = ctx.history.at(-1);
    const repeated =
      last?.role === 'user' && parts.quoted !== undefined && last.text === parts.quoted;
    const history = repeated ? ctx.history.slice(0, -1) : ctx.history;
    for (const entry of history) messages.push(historyMessage(entry, clean));
  }
  messages.push({ role: 'user', content: clean(parts.prompt) });
  return messages;
}

/** `redactForLlm` when the bot asks for redaction, else the identity. */
export function llmTextFilter(
  settings: Pick<BotSettings, 'redactPersonalData'>,
): (text: string) => string {
  return settings.redactPersonalData ? redactForLlm : (text) => text;
}

/**
 * The conversation as plain lines (`Customer: …`, `Bot: …`, `Agent: …`), for
 * summaries and hand-off notes. Customer text stays data: it is never rendered.
 */
export function transcriptText(history: readonly HistoryEntry[]): string {
  return history.map((entry) => `${speakerNames[entry.role]}: ${entry.text}`).join('\n');
}

/** Renders an optional template, giving `undefined` when it is absent. */
export async function renderOptional(
  ctx: Pick<NodeContext<unknown>, 'render'>,
  template: LocalizedText | undefined,
): Promise<string | undefined> {
  return template === undefined ? undefined : ctx.render(template);
}

const speakerNames: Readonly<Record<HistoryEntry['role'], string>> = {
  user: 'Customer',
  bot: 'Bot',
  agent: 'Agent',
};

function historyMessage(entry: HistoryEntry, clean: (text: string) => string): LlmMessage {
  // Agents speak for the company, so the model sees them on the assistant side, named.
  if (entry.role === 'agent') return { role: 'assistant', content: clean(`(Agent) ${entry.text}`) };
  return { role: entry.role === 'user' ? 'user' : 'assistant', content: clean(entry.text) };
}
