import { PortError, type LookupPort } from '@parley/engine';
import { sendHttp } from './http-sender';
import type { SecretResolver } from './secret-resolver';

/**
 * Reads company data. HTTP: see `sendHttp`; a GET that could not reach the service
 * is sent once more within the same `timeoutMs` (reads are safe to repeat; other
 * methods are not). Data tables come with their own module later: until then every
 * table is `not-configured`.
 */
export function createLookupPort(secrets: SecretResolver): LookupPort {
  return {
    http: (request) =>
      sendHttp(request, { port: 'lookup', secrets, retryUnreachable: request.method === 'GET' }),
    table: (query) =>
      Promise.reject(
        new PortError(
          'lookup',
          'not-configured',
          `data tables are not available yet: table "${query.table}"`,
        ),
      ),
  };
}
