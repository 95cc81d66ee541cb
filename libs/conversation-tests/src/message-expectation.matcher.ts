import type { OutboundMessage } from '@parley/engine';
import { messageText } from '@parley/testing';
import type { MessageExpectation } from './conversation-test.schema';

/**
 * The messages a test compares: everything the customer sees. The engine's hand-off
 * and end markers are left out; `expect.handedOff` and `expect.ended` check those.
 */
export function visibleMessages(messages: readonly OutboundMessage[]): OutboundMessage[] {
  return messages.filter((m) => m.type !== 'handoff' && m.type !== 'end');
}

/**
 * Why a message does not match its expectation, or `undefined` when it does. The
 * text compared is `messageText`: a card's title, a carousel's titles joined by ` | `,
 * an image's alt text.
 */
export function mismatch(
  expected: MessageExpectation,
  actual: OutboundMessage,
): string | undefined {
  const text = messageText(actual);
  if (typeof expected === 'string') return text === expected ? undefined : 'the text differs';
  if (expected.text !== undefined && text !== expected.text) return 'the text differs';
  if (expected.contains !== undefined && !text.includes(expected.contains))
    return `the text does not contain "${expected.contains}"`;
  if (expected.regex !== undefined && !new RegExp(expected.regex, 'u').test(text))
    return `the text does not match /${expected.regex}/`;
  if (expected.buttons !== undefined) {
    const labels = buttonLabels(actual);
    const same =
      labels.length === expected.buttons.length &&
      labels.every((label, i) => label === expected.buttons?.[i]);
    if (!same) return `the buttons differ: [${labels.join(', ')}]`;
  }
  return undefined;
}

/** The labels a customer can press on a message: buttons, quick replies, card buttons. */
export function buttonLabels(message: OutboundMessage): string[] {
  return messageChoices(message).map((choice) => choice.label);
}

/** The buttons and quick replies of a message (and of its cards), in display order. */
export function messageChoices(message: OutboundMessage): { label: string; payload: string }[] {
  switch (message.type) {
    case 'text':
      return [...(message.buttons ?? []), ...(message.quickReplies ?? [])];
    case 'card':
      return message.card.buttons;
    case 'carousel':
      return message.cards.flatMap((card) => card.buttons);
    case 'image':
    case 'handoff':
    case 'end':
      return [];
  }
}

/** The exact text a message expectation asks for, if it asks for one (for a diff). */
export function expectedText(expected: MessageExpectation): string | undefined {
  return typeof expected === 'string' ? expected : expected.text;
}
