import { z } from 'zod';

/**
 * The audit log's filters as the page holds them (and as its address shows them):
 * dates are whole days, `YYYY-MM-DD`, in the viewer's time zone; both ends included.
 */
export interface AuditFilter {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const actorSchema = z.uuid();
/** The server's limit on the `action` filter. */
const ACTION_MAX = 100;

/** Reads the filters from the page address, dropping any the server would refuse. */
export function filterFromSearch(search: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  const actor = search.get('actor');
  if (actor && actorSchema.safeParse(actor).success) filter.actor = actor;
  const action = search.get('action')?.trim();
  if (action && action.length <= ACTION_MAX) filter.action = action;
  const from = search.get('from');
  if (from && isDay(from)) filter.from = from;
  const to = search.get('to');
  if (to && isDay(to)) filter.to = to;
  return filter;
}

/** The filters as page-address parameters, empty ones left out. */
export function filterToSearch(filter: AuditFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['actor', 'action', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) search.set(key, value);
  }
  return search;
}

/**
 * The `GET /api/v1/audit` query for the filters. Days become instants at local
 * midnight; `to` is exclusive on the server, so the day after the chosen one.
 * `before` (an event's time) pages back: the next page ends just after it, and the
 * caller drops the events it already has, so events in the same millisecond survive.
 */
export function auditQueryString(filter: AuditFilter, limit: number, before?: string): string {
  const query = new URLSearchParams();
  if (filter.actor) query.set('actor', filter.actor);
  if (filter.action) query.set('action', filter.action);
  if (filter.from) query.set('from', startOfDay(filter.from).toISOString());
  const ends = [
    ...(filter.to ? [addDays(startOfDay(filter.to), 1)] : []),
    ...(before ? [new Date(new Date(before).getTime() + 1)] : []),
  ];
  if (ends.length) query.set('to', new Date(Math.min(...ends.map(Number))).toISOString());
  query.set('limit', String(limit));
  return query.toString();
}

/** Whether the range runs backwards (to before from), which would match nothing. */
export function isBackwards(filter: AuditFilter): boolean {
  return Boolean(filter.from && filter.to && filter.to < filter.from);
}

/** A real calendar day: `Date` would quietly roll 2026-13-45 over into 2027. */
function isDay(value: string): boolean {
  if (!day.test(value)) return false;
  const date = startOfDay(value);
  const [year, month, dayOfMonth] = value.split('-').map(Number);
  return (
    date.getFullYear() === year && date.getMonth() + 1 === month && date.getDate() === dayOfMonth
  );
}

function startOfDay(value: string): Date {
  const [year, month, date] = value.split('-').map(Number);
  return new Date(year ?? NaN, (month ?? NaN) - 1, date ?? NaN);
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}
