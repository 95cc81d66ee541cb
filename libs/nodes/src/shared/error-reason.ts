/** The message of anything thrown, for an `error` result's `reason` or a trace note. */
export function errorReason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
