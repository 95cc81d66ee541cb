import { describe, expect, it } from 'vitest';
import { auditQueryString, filterFromSearch, filterToSearch, isBackwards } from './audit-filter';

const actor = '3f8a2c1e-9b4d-4e7a-8c2f-1a2b3c4d5e6f';
/** Local midnight of a day, as the server receives it. */
const midnight = (year: number, month: number, day: number) =>
  new Date(year, month - 1, day).toISOString();

describe('audit filter → query string', () => {
  it('asks for the newest page with no filter', () => {
    expect(auditQueryString({}, 50)).toBe('limit=50');
  });

  it('passes actor and action through', () => {
    const query = new URLSearchParams(auditQueryString({ actor, action: 'user.created' }, 50));
    expect(query.get('actor')).toBe(actor);
    expect(query.get('action')).toBe('user.created');
    expect(query.get('limit')).toBe('50');
  });

  it('turns whole days into instants, the end day included (the server excludes `to`)', () => {
    const query = new URLSearchParams(
      auditQueryString({ from: '2026-11-02', to: '2026-11-05' }, 50),
    );
    expect(query.get('from')).toBe(midnight(2026, 11, 2));
    expect(query.get('to')).toBe(midnight(2026, 11, 6));
  });

  it('rolls the end day over a month end', () => {
    const query = new URLSearchParams(auditQueryString({ to: '2026-11-30' }, 50));
    expect(query.get('to')).toBe(midnight(2026, 12, 1));
  });

  it('pages back from the oldest event shown, overlapping by a millisecond', () => {
    const query = new URLSearchParams(
      auditQueryString({ action: 'auth.login' }, 50, '2026-11-03T08:00:00.000Z'),
    );
    expect(query.get('to')).toBe('2026-11-03T08:00:00.001Z');
    expect(query.get('action')).toBe('auth.login');
  });

  it('keeps the earlier of the chosen end day and the paging point', () => {
    const paging = new URLSearchParams(
      auditQueryString({ to: '2026-11-05' }, 50, '2026-11-03T08:00:00.000Z'),
    );
    expect(paging.get('to')).toBe('2026-11-03T08:00:00.001Z');
    const endDay = new URLSearchParams(
      auditQueryString({ to: '2026-11-01' }, 50, '2026-11-03T08:00:00.000Z'),
    );
    expect(endDay.get('to')).toBe(midnight(2026, 11, 2));
  });
});

describe('audit filter ↔ page address', () => {
  it('round-trips through the address', () => {
    const filter = { actor, action: 'secret.deleted', from: '2026-11-01', to: '2026-11-30' };
    expect(filterFromSearch(filterToSearch(filter))).toEqual(filter);
  });

  it('leaves empty filters out of the address', () => {
    expect(filterToSearch({ action: 'auth.login' }).toString()).toBe('action=auth.login');
  });

  it('drops what the server would refuse: a non-id actor, a malformed day, a long action', () => {
    const search = new URLSearchParams({
      actor: 'ana@shop.test',
      from: '1 Nov',
      to: '2026-13-45',
      action: 'x'.repeat(101),
    });
    expect(filterFromSearch(search)).toEqual({});
  });

  it('notices a range that runs backwards', () => {
    expect(isBackwards({ from: '2026-11-05', to: '2026-11-01' })).toBe(true);
    expect(isBackwards({ from: '2026-11-01', to: '2026-11-01' })).toBe(false);
  });
});
