/** Waits between retries of a failed save: 1 s, 2 s, 4 s… up to 30 s, then every 30 s. */
export function saveRetryDelay(attempt: number, baseMs = 1_000, maxMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(attempt - 1, 0), maxMs);
}
