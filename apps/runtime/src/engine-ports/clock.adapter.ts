import type { ClockPort } from '@parley/engine';

/** Wall time of this machine, in epoch milliseconds. */
export const systemClock: ClockPort = { now: () => Date.now() };
