/** Why a port call failed; executors map these to `error` results with a clear reason. */
export type PortErrorCode = 'timeout' | 'unavailable' | 'bad-response' | 'not-configured';

/**
 * The only error a port implementation should throw. Executors catch it and return
 * `{ type: 'error', reason }`; anything else thrown is treated as a bug of the node.
 */
export class PortError extends Error {
  override readonly name = 'PortError';

  constructor(
    readonly port: string,
    readonly code: PortErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Type guard for `PortError`s (also across realms, by shape). */
export function isPortError(error: unknown): error is PortError {
  return error instanceof PortError;
}
