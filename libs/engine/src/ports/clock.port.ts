/** The only source of wall time for the engine and executors (tests pass a fixed clock). */
export interface ClockPort {
  /** Epoch milliseconds. */
  now(): number;
}
