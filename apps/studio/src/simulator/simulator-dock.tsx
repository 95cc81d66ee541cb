import { Box } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import type { CanvasSelection } from '../canvas/canvas-selection';
import { useCentreOnNodes } from '../canvas/problems/use-centre-on-nodes';
import type { DraftDocument } from '../draft/draft-document';
import type { DraftStore } from '../draft/draft-store';
import { SimulatorPanel } from './simulator-panel';

type NodeRef = { flowId: string; nodeId: string };
/** Below this zoom the canvas is brought closer to the node the conversation is at. */
const readableZoom = 0.6;

interface SimulatorDockProps {
  store: DraftStore;
  document: DraftDocument;
  /** The flow open on the canvas. */
  flowId: string;
  selection: CanvasSelection;
  openFlow: (flowId: string) => void;
  select: (selection: CanvasSelection) => void;
  onClose: () => void;
}

/** The simulator panel docked at the editor's right edge, tied to the canvas beside it. */
export function SimulatorDock(props: SimulatorDockProps) {
  const botId = useParams().botId ?? '';
  const { flowId, openFlow, select } = props;
  const centre = useCentreOnNodes();
  const { getInternalNode, getViewport } = useReactFlow();

  const selectNode = useCallback(
    (node: NodeRef) => {
      if (node.flowId !== flowId) openFlow(node.flowId);
      select({ nodes: [node.nodeId], edges: [] });
      centre([node.nodeId]);
    },
    [flowId, openFlow, select, centre],
  );

  // Follows the conversation without taking the view away while its node is on screen.
  const followNode = useCallback(
    (node: NodeRef) => {
      if (node.flowId !== flowId) {
        openFlow(node.flowId);
        centre([node.nodeId]);
        return;
      }
      const internal = getInternalNode(node.nodeId);
      const canvas = window.document.querySelector('[data-testid="flow-canvas"]');
      if (!internal || !canvas) return;
      const { x, y, zoom } = getViewport();
      const box = canvas.getBoundingClientRect();
      const left = internal.internals.positionAbsolute.x * zoom + x;
      const top = internal.internals.positionAbsolute.y * zoom + y;
      const width = (internal.measured.width ?? 240) * zoom;
      const height = (internal.measured.height ?? 80) * zoom;
      const visible =
        left >= 0 && top >= 0 && left + width <= box.width && top + height <= box.height;
      // Zoomed far out, the lit path is there but unreadable: bring the node up close.
      if (!visible || zoom < readableZoom) centre([node.nodeId]);
    },
    [flowId, openFlow, centre, getInternalNode, getViewport],
  );

  const selected = props.selection.nodes.length === 1 ? props.selection.nodes[0] : undefined;
  return (
    <Box
      w={400}
      style={{
        borderLeft: '1px solid var(--mantine-color-default-border)',
        flexShrink: 0,
        minHeight: 0,
      }}
    >
      <SimulatorPanel
        botId={botId}
        draft={props.store}
        document={props.document}
        selectedNode={selected ? { flowId, nodeId: selected } : undefined}
        onSelectNode={selectNode}
        onFollowNode={followNode}
        onClose={props.onClose}
      />
    </Box>
  );
}
