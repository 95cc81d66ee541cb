import type { Card, MessageButton, OutboundMessage } from '@parley/engine';
import pc from 'picocolors';

/** Messages as terminal lines, and the choices they offer, numbered from 1 in that order. */
export interface RenderedMessages {
  lines: string[];
  choices: MessageButton[];
}

const BOT = pc.cyan('bot ›');
const PAD = '      ';

/**
 * Renders a turn's messages for the terminal: text, then buttons (one per line) or
 * quick replies (on one line) as numbered choices; images as their alt text and
 * URL; a card as a small box; a carousel as its cards in a row of boxes, one after
 * the other. Typing a choice's number sends its payload (see the chat loop).
 */
export function renderMessages(messages: readonly OutboundMessage[]): RenderedMessages {
  const lines: string[] = [];
  const choices: MessageButton[] = [];
  const number = (button: MessageButton): string => {
    choices.push(button);
    return pc.bold(`${choices.length})`) + ` ${button.label}`;
  };
  for (const message of messages) {
    switch (message.type) {
      case 'text': {
        if (message.text !== '') lines.push(...multiline(`${BOT} `, message.text));
        for (const button of message.buttons ?? []) lines.push(`${PAD}${number(button)}`);
        const quick = (message.quickReplies ?? []).map(number);
        if (quick.length > 0) lines.push(`${PAD}${quick.join('   ')}`);
        break;
      }
      case 'image':
        lines.push(
          `${BOT} ${pc.dim('[image]')} ${message.alt ?? ''} ${pc.underline(message.url)}`.trimEnd(),
        );
        break;
      case 'card':
        lines.push(`${BOT} ${pc.dim('[card]')}`, ...card(message.card, number));
        break;
      case 'carousel':
        lines.push(`${BOT} ${pc.dim(`[carousel of ${message.cards.length} cards]`)}`);
        for (const item of message.cards) lines.push(...card(item, number));
        break;
      case 'handoff':
        lines.push(
          pc.yellow(`— handed off to the "${message.queue}" queue: an agent would take over now —`),
        );
        break;
      case 'end':
        lines.push(pc.yellow(`— the conversation ended (${message.status}) —`));
        break;
    }
  }
  return { lines, choices };
}

function card(item: Card, number: (button: MessageButton) => string): string[] {
  const lines = [`${PAD}┌ ${pc.bold(item.title)}`];
  if (item.subtitle !== undefined) lines.push(...multiline(`${PAD}│ `, item.subtitle));
  if (item.imageUrl !== undefined)
    lines.push(`${PAD}│ ${pc.dim('image:')} ${pc.underline(item.imageUrl)}`);
  for (const button of item.buttons) lines.push(`${PAD}│ ${number(button)}`);
  lines.push(`${PAD}└`);
  return lines;
}

/** The first line after `lead`, the others indented under it. */
function multiline(lead: string, text: string): string[] {
  return text.split('\n').map((line, i) => (i === 0 ? `${lead}${line}` : `${PAD}${line}`));
}
