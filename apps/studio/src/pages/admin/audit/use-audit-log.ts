import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEvent } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { type AuditFilter, auditQueryString } from './audit-filter';

/** Events per request; "Load more" asks for the next ones. */
export const AUDIT_PAGE_SIZE = 50;

export interface AuditLog {
  events: AuditEvent[];
  /** The first page is loading (filters changed, or the page just opened). */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  /** The last page was full, so older events may exist. */
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

interface State {
  events: AuditEvent[];
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
}

const initial: State = {
  events: [],
  loading: true,
  loadingMore: false,
  error: null,
  hasMore: false,
};

/**
 * The audit log for `filter`, newest first, a page at a time. Answers for older
 * filters are dropped, so quick filter changes never show a mix of two queries.
 */
export function useAuditLog(filter: AuditFilter): AuditLog {
  const { admin } = useApi();
  const [state, setState] = useState<State>(initial);
  const [generation, setGeneration] = useState(0);
  const current = useRef(0);
  const key = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  useEffect(() => {
    const request = ++current.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    admin.auditEvents(auditQueryString(filterRef.current, AUDIT_PAGE_SIZE)).then(
      (events) => {
        if (request !== current.current) return;
        const hasMore = events.length === AUDIT_PAGE_SIZE;
        setState({ events, loading: false, loadingMore: false, error: null, hasMore });
      },
      (error: unknown) => {
        if (request !== current.current) return;
        setState({ ...initial, loading: false, error });
      },
    );
  }, [admin, key, generation]);

  const loadMore = useCallback(() => {
    const oldest = state.events.at(-1);
    if (!oldest || state.loadingMore) return;
    const request = current.current;
    setState((previous) => ({ ...previous, loadingMore: true, error: null }));
    const query = auditQueryString(filterRef.current, AUDIT_PAGE_SIZE, oldest.createdAt);
    admin.auditEvents(query).then(
      (page) => {
        if (request !== current.current) return;
        setState((previous) => {
          const known = new Set(previous.events.map((event) => event.id));
          const added = page.filter((event) => !known.has(event.id));
          return {
            ...previous,
            events: [...previous.events, ...added],
            loadingMore: false,
            hasMore: page.length === AUDIT_PAGE_SIZE && added.length > 0,
          };
        });
      },
      (error: unknown) => {
        if (request !== current.current) return;
        setState((previous) => ({ ...previous, loadingMore: false, error }));
      },
    );
  }, [admin, state.events, state.loadingMore]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, loadMore, reload };
}
