import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { parseNodeFocus, useNodeFocusStore } from './node-focus-store';

/**
 * The flows page's `?node=flowId/nodeId`: asks the editor to open that node, then
 * drops the parameter, so going back and forth does not jump to it again.
 */
export function useNodeFocusFromUrl(): void {
  const [params, setParams] = useSearchParams();
  const ask = useNodeFocusStore((state) => state.ask);
  const focus = parseNodeFocus(params.get('node'));
  const key = focus === null ? null : `${focus.flowId}/${focus.nodeId}`;
  useEffect(() => {
    if (key === null) return;
    const parsed = parseNodeFocus(key);
    if (parsed !== null) ask(parsed);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('node');
        return next;
      },
      { replace: true },
    );
  }, [key, ask, setParams]);
}
