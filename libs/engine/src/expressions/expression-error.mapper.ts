import { ExpressionError, ExpressionLimitError } from './expression-limits';

/** Turn whatever jsonata (or a guardrail) threw into an `ExpressionError` an analyst can read. */
export function toExpressionError(error: unknown, source: string): ExpressionError {
  if (error instanceof ExpressionError) {
    return error;
  }
  if (error instanceof ExpressionLimitError) {
    return new ExpressionError(error.message, error.code, source);
  }
  if (error instanceof RangeError) {
    // The JavaScript stack itself overflowed (deeply nested input or program).
    return new ExpressionError(`expression too deep: ${error.message}`, 'P0009', source);
  }
  if (typeof error === 'object' && error !== null) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'P0000';
    const message =
      'message' in error && typeof error.message === 'string' ? error.message : 'evaluation failed';
    const position =
      'position' in error && typeof error.position === 'number' ? ` at ${error.position}` : '';
    return new ExpressionError(`${message}${position}`, code, source);
  }
  return new ExpressionError(String(error), 'P0000', source);
}
