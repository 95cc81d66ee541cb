import type { MessageExpectation } from '@parley/flow';
import type { SentMessage } from '../../api/tests-schemas';

/** A message the bot sent, in words: its text (or image's alt, card's title), and its choices. */
export function sentMessageView(message: SentMessage): { text: string; buttons: string[] } {
  const labels = (choices: { label: string }[] | undefined) => (choices ?? []).map((c) => c.label);
  switch (message.type) {
    case 'image':
      return { text: message.alt ?? message.url ?? '', buttons: [] };
    case 'card':
      return { text: message.card?.title ?? '', buttons: labels(message.card?.buttons) };
    case 'carousel':
      return {
        text: (message.cards ?? []).map((card) => card.title).join(' | '),
        buttons: (message.cards ?? []).flatMap((card) => labels(card.buttons)),
      };
    default:
      return {
        text: message.text ?? '',
        buttons: [...labels(message.buttons), ...labels(message.quickReplies)],
      };
  }
}

/** Hand-off and end markers are not messages a test lists; the turn's status says them. */
export function isVisible(message: SentMessage): boolean {
  return message.type !== 'handoff' && message.type !== 'end';
}

/** An expected message in words: how its text is checked, and its buttons. */
export function expectationView(expected: MessageExpectation): {
  match: 'text' | 'contains' | 'regex' | 'none';
  value: string;
  buttons: string[] | null;
} {
  if (typeof expected === 'string') return { match: 'text', value: expected, buttons: null };
  const buttons = expected.buttons ?? null;
  if (expected.text !== undefined) return { match: 'text', value: expected.text, buttons };
  if (expected.contains !== undefined)
    return { match: 'contains', value: expected.contains, buttons };
  if (expected.regex !== undefined) return { match: 'regex', value: expected.regex, buttons };
  return { match: 'none', value: '', buttons };
}
