import type { ClockPort } from '@parley/engine';

/** The instant every test clock starts at: 2026-01-15 09:00 UTC (a Thursday). */
export const TEST_CLOCK_START = Date.UTC(2026, 0, 15, 9, 0, 0);

/** A clock that only moves when the test moves it. */
export interface TestClock extends ClockPort {
  /** Jump to an instant (epoch ms). */
  set(ms: number): void;
  /** Move forward by `ms`. */
  advance(ms: number): void;
}

/** A fixed clock starting at `start` (default `TEST_CLOCK_START`). */
export function createTestClock(start: number = TEST_CLOCK_START): TestClock {
  let now = start;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
