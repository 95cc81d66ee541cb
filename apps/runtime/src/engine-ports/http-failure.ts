import { PortError } from '@parley/engine';

/** The ports that make HTTP calls to company systems. */
export type HttpPortName = 'lookup' | 'action';

/** Why a connection failed, by the system error code undici reports as the cause. */
const reasonsByCode: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (DNS did not answer)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed while sending',
  UND_ERR_SOCKET: 'the connection was closed',
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
  UND_ERR_HEADERS_OVERFLOW: 'the reply headers are too large',
};

/**
 * The `PortError` for anything `fetch` or reading the reply threw. The message names
 * the host and the cause's code only: undici's own messages may quote header values,
 * and the `Authorization` header carries a secret.
 */
export function httpFailure(
  port: HttpPortName,
  error: unknown,
  host: string,
  timeoutMs: number,
): PortError {
  if (error instanceof PortError) return error;
  const name = field(error, 'name');
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new PortError(port, 'timeout', `no answer from ${host} within ${timeoutMs} ms`);
  }
  const code = causeCode(error);
  if (code !== undefined && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_/i.test(code)) {
    return new PortError(port, 'unavailable', `${host}: TLS certificate problem (${code})`);
  }
  const reason =
    (code === undefined ? causeMessage(error) : reasonsByCode[code]) ?? 'the request failed';
  return new PortError(
    port,
    'unavailable',
    `cannot reach ${host}: ${reason}${code === undefined ? '' : ` (${code})`}`,
  );
}

/**
 * The cause of `fetch failed` when it has no code (e.g. `bad port`). Only the cause:
 * errors `fetch` throws itself (an invalid header) may quote a header's value.
 */
function causeMessage(error: unknown): string | undefined {
  if (!isObject(error) || field(error, 'message') !== 'fetch failed') return undefined;
  const message = field(Reflect.get(error, 'cause'), 'message');
  return message !== undefined && message !== '' && message.length <= 200 ? message : undefined;
}

// Errors are read by shape, not `instanceof Error`: `fetch` creates them in Node's
// own realm, which is not the caller's under a test runner's sandbox.
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function field(value: unknown, name: string): string | undefined {
  if (!isObject(value)) return undefined;
  const item: unknown = Reflect.get(value, name);
  return typeof item === 'string' ? item : undefined;
}

/** The system error code of a failed fetch (`fetch failed` keeps it in `cause`). */
function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && isObject(current); depth += 1) {
    const code = field(current, 'code');
    if (code !== undefined && code !== '') return code;
    current = Reflect.get(current, 'cause');
  }
  return undefined;
}
