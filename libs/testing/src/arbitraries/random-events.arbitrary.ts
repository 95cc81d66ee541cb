import type { InboundEvent, SessionState } from '@parley/engine';
import fc from 'fast-check';
import { maybe, pick } from './random-fields.arbitrary';
import { hostileTextArbitrary, injectionArbitrary, jsonArbitrary } from './random-values.arbitrary';

/** An event to send, or "fire the waiting node's timer number `index`" (resolved per state). */
export type EventSpec = InboundEvent | { type: 'pending-timer'; index: number };

/** Answers some node accepts: numbers, e-mails, dates, choices, ratings, cancel words. */
const plausibleText = pick([
  'yes',
  'no',
  '5',
  '42',
  'a@b.com',
  '+1 555 0100',
  '2024-05-01',
  'AB123',
  'red',
  'T-42',
  'cancel',
  '取消',
  '👍',
  '9',
]);

/**
 * A new conversation; its variables come from the host (a CRM, the web page) and are
 * data too: `a` often holds text that must never be rendered.
 */
export const startEventArbitrary: fc.Arbitrary<EventSpec> = fc
  .record({ locale: pick(['en', 'zh-CN', 'fr']), a: maybe(injectionArbitrary) })
  .map(({ locale, a }): EventSpec => ({
    type: 'start',
    locale,
    ...(a === undefined ? {} : { vars: { a } }),
  }));

/** A hostile or plausible customer event, a timer (pending or made up) or an agent hand-back. */
export const eventSpecArbitrary: fc.Arbitrary<EventSpec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .oneof(injectionArbitrary, hostileTextArbitrary, plausibleText)
      .map((text): EventSpec => ({ type: 'text', text })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        payload: fc.oneof(
          plausibleText,
          pick(['c1', 'b2', 'up', '__proto__', '{{ vars.sentinel }}']),
        ),
        text: maybe(hostileTextArbitrary),
      })
      .map(({ payload, text }): EventSpec =>
        text === undefined ? { type: 'button', payload } : { type: 'button', payload, text },
      ),
  },
  {
    weight: 2,
    arbitrary: fc.nat({ max: 3 }).map((index): EventSpec => ({ type: 'pending-timer', index })),
  },
  fc
    .oneof(pick(['timeout', 'nope']), fc.string({ maxLength: 40 }))
    .map((timerId): EventSpec => ({ type: 'timer', timerId })),
  maybe(
    fc.dictionary(pick(['a', 'n', 'r1', 'unknown']), fc.oneof(injectionArbitrary, jsonArbitrary), {
      maxKeys: 2,
    }),
  ).map((vars): EventSpec =>
    vars === undefined ? { type: 'agent-handback' } : { type: 'agent-handback', vars },
  ),
  startEventArbitrary,
);

/** The event for `spec` in `state`: a pending timer's real id (or a stale one when none). */
export function concreteEvent(spec: EventSpec, state: SessionState | null): InboundEvent {
  if (spec.type !== 'pending-timer') return spec;
  const timers = state?.waiting?.timers ?? [];
  const timer = timers[spec.index % Math.max(1, timers.length)];
  return { type: 'timer', timerId: timer?.id ?? 'no-pending-timer' };
}

/** When the timer `event` fires, if it is one the state waits for. */
export function timerDue(event: InboundEvent, state: SessionState | null): number | undefined {
  if (event.type !== 'timer') return undefined;
  return state?.waiting?.timers.find((timer) => timer.id === event.timerId)?.dueAt;
}
