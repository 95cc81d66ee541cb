import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../../testing/render-studio';
import { createFakeAdminRuntime } from '../testing/fake-admin-runtime';
import { AUDIT_PAGE_SIZE } from './use-audit-log';

/** `count` sign-ins a minute apart, the newest first at 10:00. */
function signIns(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    actorUserId: 'u1',
    action: 'auth.login',
    targetType: 'user',
    targetId: 'u1',
    clientIp: '203.0.113.7',
    details: {},
    createdAt: new Date(Date.UTC(2026, 10, 3, 10, -index)).toISOString(),
  }));
}

describe('audit log page', () => {
  it('loads older events a page at a time, newest first, without repeats', async () => {
    const runtime = createFakeAdminRuntime();
    runtime.data.audit.push(...signIns(AUDIT_PAGE_SIZE + 5));
    renderStudio(runtime, '/admin/audit');
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(AUDIT_PAGE_SIZE));
    await userEvent.setup().click(screen.getByTestId('audit-load-more'));
    await waitFor(() =>
      expect(screen.getAllByTestId('audit-row')).toHaveLength(AUDIT_PAGE_SIZE + 5),
    );
    expect(screen.getByTestId('audit-end')).toHaveTextContent('55 events');
    const query = runtime.adminCalls.filter((call) => call.startsWith('GET /api/v1/audit?')).at(-1);
    expect(query).toContain('to=2026-11-03T09%3A11%3A00.001Z');
  });

  it('filters by action from the address and says when nothing matches', async () => {
    const runtime = createFakeAdminRuntime();
    runtime.data.audit.push(...signIns(3));
    const { router } = renderStudio(runtime, '/admin/audit?action=secret.deleted');
    expect(await screen.findByTestId('audit-empty')).toHaveTextContent(
      'No events match these filters',
    );
    expect(runtime.adminCalls).toContain('GET /api/v1/audit?action=secret.deleted&limit=50');
    await userEvent.setup().click(screen.getByTestId('audit-filter-clear'));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(3));
    expect(router.state.location.search).toBe('');
  });
});
