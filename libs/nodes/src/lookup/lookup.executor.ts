import {
  defineExecutor,
  httpResponseSchema,
  tableRowsSchema,
  type Json,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import {
  applyResponseMappings,
  evaluateResponseCondition,
  isSuccessStatus,
} from '../shared/http-mapping';
import { buildHttpRequest } from '../shared/http-request.builder';
import { callPort, portFailure } from '../shared/port-call';
import { lookupSettingsSchema, type LookupSettings } from './lookup.schema';

type LookupContext = NodeContext<LookupSettings>;

/** Tables are the host's own storage; a query that takes longer than this is stuck. */
const TABLE_TIMEOUT_MS = 10_000;

/**
 * Reads company data over HTTP or from a data table. Expressions see the reply as
 * `response`: `{ status, body }` for HTTP, `{ rows }` for a table.
 *
 * - `not_found` when `notFoundWhen` is truthy, or by default on HTTP 404, an empty
 *   body (`null`, `[]`) or no rows;
 * - `error` on a 5xx, any other non-2xx reply, a failed port call (timeout,
 *   unavailable, not configured), a failing mapping, or a request that may not be
 *   sent (see `buildHttpRequest`: a CR/LF in a header, a body that is not JSON…);
 * - `found` otherwise, after `resultVariable` (the body or the rows) and the mappings
 *   are stored.
 */
export const lookupExecutor = defineExecutor(lookupSettingsSchema, {
  run: (ctx) => (ctx.settings.source === 'table' ? lookupTable(ctx) : lookupHttp(ctx)),
});

async function lookupHttp(ctx: LookupContext): Promise<NodeResult> {
  const http = ctx.settings.http;
  if (http === undefined) return { type: 'error', reason: 'The HTTP lookup has no request' };
  const built = await buildHttpRequest(ctx, http);
  if (!built.ok) return { type: 'error', reason: built.reason };
  const request = built.request;
  const call = await callPort('lookup', request.timeoutMs, httpResponseSchema, () =>
    ctx.ports.lookup.http(request),
  );
  if (!call.ok) return portFailure(call.error, 'Lookup');
  const { status, body } = call.value;
  const response: Json = { status, body };
  if (status >= 500)
    return { type: 'error', reason: `Lookup failed: HTTP ${status} from the service` };
  const notFound = await decideNotFound(ctx, response, status === 404 || isEmpty(body));
  if (typeof notFound === 'string') return { type: 'error', reason: notFound };
  if (notFound) return { type: 'outcome', outcome: 'not_found' };
  if (!isSuccessStatus(status))
    return { type: 'error', reason: `Lookup failed: HTTP ${status} from the service` };
  return found(ctx, response, body);
}

async function lookupTable(ctx: LookupContext): Promise<NodeResult> {
  const table = ctx.settings.table;
  if (table === undefined) return { type: 'error', reason: 'The table lookup has no table' };
  const query = {
    table: table.table,
    descending: table.descending,
    limit: table.limit,
    vars: { ...ctx.vars },
    ...(table.filter === undefined ? {} : { filter: table.filter }),
    ...(table.sortBy === undefined ? {} : { sortBy: table.sortBy }),
  };
  const call = await callPort('lookup', TABLE_TIMEOUT_MS, tableRowsSchema, () =>
    ctx.ports.lookup.table(query),
  );
  if (!call.ok) return portFailure(call.error, 'Table lookup');
  const { rows } = call.value;
  const response: Json = { rows };
  const notFound = await decideNotFound(ctx, response, rows.length === 0);
  if (typeof notFound === 'string') return { type: 'error', reason: notFound };
  if (notFound) return { type: 'outcome', outcome: 'not_found' };
  return found(ctx, response, rows);
}

/** `notFoundWhen` when set, else the default; a string is the reason the condition failed. */
async function decideNotFound(
  ctx: LookupContext,
  response: Json,
  byDefault: boolean,
): Promise<boolean | string> {
  const condition = ctx.settings.notFoundWhen;
  if (condition === undefined) return byDefault;
  const result = await evaluateResponseCondition(ctx, condition, response);
  return result.ok ? result.value : result.reason;
}

async function found(ctx: LookupContext, response: Json, value: Json): Promise<NodeResult> {
  const failure = await applyResponseMappings(ctx, response, ctx.settings.mappings, {
    variable: ctx.settings.resultVariable,
    value,
  });
  return failure === undefined
    ? { type: 'outcome', outcome: 'found' }
    : { type: 'error', reason: failure };
}

function isEmpty(body: Json): boolean {
  return body === null || (Array.isArray(body) && body.length === 0);
}
