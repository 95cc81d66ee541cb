import type { MessageContent } from '@parley/engine';

/**
 * The plain text a spec asserts on, one line per message: a text's text, an image's
 * alt (else its URL), a card's title, a carousel's titles joined by ` | `, and
 * `[handoff <queue>]` / `[end <status>]` for the engine's control messages.
 */
export function messageText(message: MessageContent): string {
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
