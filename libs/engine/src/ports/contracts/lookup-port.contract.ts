/// <reference types="jest" />
import type { Json, JsonObject } from '../../json';
import { tableRowsSchema, type HttpRequest, type LookupPort } from '../lookup.port';
import {
  CONTRACT_TEST_TIMEOUT_MS,
  expectPortError,
  expectTimeout,
  useSubject,
  type PortContractFactory,
} from './contract-support';
import { describeHttpBasics, type HttpServiceControl } from './http-service.contract';

/** How a contract test steers the company service and data tables behind a `LookupPort`. */
export interface LookupContractControl extends HttpServiceControl {
  /** Replaces a data table's rows. */
  seedTable(table: string, rows: JsonObject[]): Promise<void>;
}

const rows: JsonObject[] = [
  { id: 1, city: 'Paris', stock: 3 },
  { id: 2, city: 'Rome', stock: 1 },
  { id: 3, city: 'Paris', stock: 7 },
];

/**
 * The behaviour every `LookupPort` adapter must show. HTTP: see
 * `describeHttpBasics` (statuses resolve, secrets injected by name, transport
 * failures and timeouts as `PortError`s). Tables: `filter` is a JSONata predicate
 * over each row (the row's fields at the top level, the conversation's variables as
 * `vars`), then `sortBy`/`descending` and `limit`; an unknown table is
 * `PortError(lookup, not-configured)`.
 */
export function describeLookupPortContract(
  name: string,
  makePort: PortContractFactory<LookupPort, LookupContractControl>,
): void {
  describe(`LookupPort contract: ${name}`, () => {
    const subject = useSubject(makePort);
    describeHttpBasics('lookup', () => {
      const { port, control } = subject();
      return { control, send: (request: HttpRequest) => port.http(request) };
    });

    it(
      'honours timeoutMs',
      async () => {
        const { port, control } = subject();
        control.hang();
        const request: HttpRequest = {
          method: 'GET',
          url: control.url('/slow'),
          headers: {},
          timeoutMs: 300,
        };
        await expectTimeout(() => port.http(request), 'lookup', 300);
      },
      CONTRACT_TEST_TIMEOUT_MS,
    );

    it('filters, sorts and limits table rows', async () => {
      const { port, control } = subject();
      await control.seedTable('stores', rows);
      const query = {
        table: 'stores',
        filter: 'city = vars.city',
        sortBy: 'stock',
        descending: true,
        limit: 10,
      };
      const result = await port.table({ ...query, vars: { city: 'Paris' } });
      expect(tableRowsSchema.parse(result)).toEqual(result);
      expect(result.rows.map(idOf)).toEqual([3, 1]);
      const first = await port.table({
        ...query,
        descending: false,
        limit: 1,
        vars: { city: 'Paris' },
      });
      expect(first.rows.map(idOf)).toEqual([1]);
      const all = await port.table({ table: 'stores', descending: false, limit: 100, vars: {} });
      expect(all.rows).toHaveLength(3);
    });

    it('gives no rows when nothing matches', async () => {
      const { port, control } = subject();
      await control.seedTable('stores', rows);
      const result = await port.table({
        table: 'stores',
        filter: 'city = "Oslo"',
        descending: false,
        limit: 10,
        vars: {},
      });
      expect(result.rows).toEqual([]);
    });

    it('fails as PortError(lookup, not-configured) for an unknown table', async () => {
      const { port } = subject();
      await expectPortError(
        port.table({ table: 'no-such-table', descending: false, limit: 10, vars: {} }),
        'lookup',
        'not-configured',
      );
    });
  });
}

function idOf(row: Json): Json {
  return row !== null && typeof row === 'object' && !Array.isArray(row)
    ? (row['id'] ?? null)
    : null;
}
