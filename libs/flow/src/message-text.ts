/**
 * The parts of a bot message its one-line text is made from. Written structurally so
 * that the engine's `MessageContent` and the studio's parsed simulator messages both
 * fit without this library depending on either; a new message type that is not added
 * here stops them fitting, so `messageText` cannot silently miss it.
 */
export type MessageTextSource =
  | { type: 'text'; text: string }
  | { type: 'image'; url: string; alt?: string | undefined }
  | { type: 'card'; card: { title: string } }
  | { type: 'carousel'; cards: readonly { title: string }[] }
  | { type: 'handoff'; queue: string }
  | { type: 'end'; status: string };

/**
 * The text a message shows in one line, as conversation tests compare it: a text's
 * text, an image's alt (else its URL), a card's title, a carousel's titles joined by
 * ` | `, and `[handoff <queue>]` / `[end <status>]` for the engine's control messages.
 *
 * @example
 * messageText({ type: 'carousel', cards: [{ title: 'Paris' }, { title: 'Rome' }] }); // 'Paris | Rome'
 */
export function messageText(message: MessageTextSource): string {
  switch (message.type) {
    case 'text':
      return message.text;
    case 'image':
      return message.alt ?? message.url;
    case 'card':
      return message.card.title;
    case 'carousel':
      return message.cards.map((card) => card.title).join(' | ');
    case 'handoff':
      return `[handoff ${message.queue}]`;
    case 'end':
      return `[end ${message.status}]`;
  }
}
