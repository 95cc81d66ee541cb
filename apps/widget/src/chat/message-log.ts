import { type ChatMessage, messageText } from './chat-message';

/**
 * Adds messages from the runtime to what the widget shows: each once (the same
 * message may come from the socket, an acknowledgement and a history read), in
 * `seq` order, replacing the customer's own pending copy when it comes back stored.
 * Returns the messages that were new.
 */
export function mergeMessages(
  current: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): { messages: ChatMessage[]; added: ChatMessage[] } {
  const known = new Set(current.filter((m) => !m.pending).map((m) => m.id));
  let messages = [...current];
  const added: ChatMessage[] = [];
  for (const message of incoming) {
    if (known.has(message.id)) continue;
    known.add(message.id);
    if (message.direction === 'in') {
      const words = messageText(message.content);
      const pending = messages.findIndex(
        (m) => m.pending === true && messageText(m.content) === words,
      );
      if (pending >= 0) messages = messages.filter((_, index) => index !== pending);
    }
    messages.push(message);
    added.push(message);
  }
  // Stored messages in seq order; the customer's unconfirmed ones stay last, in the order typed.
  const stored = messages.filter((m) => !m.pending).sort((a, b) => a.seq - b.seq);
  return { messages: [...stored, ...messages.filter((m) => m.pending)], added };
}

/** The highest `seq` the widget has (0 for none): where a resume or a history read starts. */
export function lastSeq(messages: readonly ChatMessage[]): number {
  return messages.reduce((max, m) => (m.pending ? max : Math.max(max, m.seq)), 0);
}
