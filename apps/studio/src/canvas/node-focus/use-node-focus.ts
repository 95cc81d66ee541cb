import { useEffect } from 'react';
import type { DraftDocument } from '../../draft/draft-document';
import type { CanvasSelection } from '../canvas-selection';
import { useCentreOnNodes } from '../problems/use-centre-on-nodes';
import { useNodeFocusStore } from './node-focus-store';

/**
 * The editor's side of a focus request: opens the node's flow, selects the node and
 * centres it. A node the draft no longer has opens its flow, if that is still there.
 */
export function useNodeFocus(
  document: DraftDocument,
  openFlow: (flowId: string) => void,
  select: (selection: CanvasSelection) => void,
): void {
  const request = useNodeFocusStore((state) => state.request);
  const done = useNodeFocusStore((state) => state.done);
  const centre = useCentreOnNodes();
  useEffect(() => {
    if (request === null) return;
    done();
    const flow = document.flows.find((candidate) => candidate.id === request.flowId);
    if (flow === undefined) return;
    openFlow(flow.id);
    if (!flow.nodes.some((node) => node.id === request.nodeId)) return;
    select({ nodes: [request.nodeId], edges: [] });
    centre([request.nodeId]);
  }, [request, done, document, openFlow, select, centre]);
}
