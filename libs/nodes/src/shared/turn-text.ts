import type { InboundEvent } from '@parley/engine';

/**
 * What the customer said in this turn, whether or not a node consumed it already:
 * the text of a `text` event, or a button's label (else its payload). `undefined` for
 * events without customer words (start, timer, agent hand-back).
 *
 * Consuming is about *waiting* nodes not answering the same message twice; nodes
 * that only read it (knowledge's default question, sentiment, a form's first pass
 * over the message that led to it) still see it.
 */
export function turnText(event: InboundEvent): string | undefined {
  switch (event.type) {
    case 'text':
      return event.text;
    case 'button':
      return event.text ?? event.payload;
    case 'start':
    case 'timer':
    case 'agent-handback':
      return undefined;
  }
}
