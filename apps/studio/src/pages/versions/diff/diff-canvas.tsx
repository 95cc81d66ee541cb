import { Background, Controls, type Edge, ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { describeNode } from '../../../canvas/describe-node';
import { type DiffCanvasNode, DiffNodeCard } from './diff-node-card';
import { edgeStroke } from './diff-status';
import type { DiffFlow } from './version-diff-model';

const nodeTypes = { diff: DiffNodeCard };

/**
 * One flow of the newer version, read-only, with the older version's removed
 * nodes and edges drawn faded where they were. `focusedNodeId` is centred.
 */
export function DiffCanvas(props: {
  flow: DiffFlow;
  intents: readonly string[];
  focusedNodeId: string | null;
}) {
  const { flow, focusedNodeId } = props;
  const nodes = useMemo(
    () => diffNodes(flow, props.intents, focusedNodeId),
    [flow, props.intents, focusedNodeId],
  );
  const edges = useMemo(() => diffEdges(flow), [flow]);
  const reactFlow = useReactFlow();

  useEffect(() => {
    const node = flow.nodes.find((candidate) => candidate.id === focusedNodeId);
    if (!node) return;
    const id = node.status === 'removed' ? removedId(node.id) : node.id;
    void reactFlow.fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.1 });
  }, [flow, focusedNodeId, reactFlow]);

  return (
    <ReactFlow<DiffCanvasNode>
      key={flow.id}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      edgesFocusable={false}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
      data-testid="diff-canvas"
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

function diffNodes(
  flow: DiffFlow,
  intents: readonly string[],
  focused: string | null,
): DiffCanvasNode[] {
  const context = { doc: { intents: intents.map((name) => ({ name, utterances: {} })) } };
  const handles = new Map<string, string[]>();
  for (const edge of flow.edges) {
    handles.set(edge.source, [...(handles.get(edge.source) ?? []), edge.sourceHandle]);
  }
  return flow.nodes.map((node) => ({
    id: node.status === 'removed' ? removedId(node.id) : node.id,
    type: 'diff',
    position: node.position,
    // Removed nodes under the others: the newer version is what is read first.
    zIndex: node.status === 'removed' ? 0 : 1,
    data: {
      kind: node.type,
      view: describeNode(node, context, handles.get(node.id) ?? []),
      status: node.status,
      focused: node.id === focused,
    },
  }));
}

function diffEdges(flow: DiffFlow): Edge[] {
  const removedNodes = new Set(flow.nodes.filter((n) => n.status === 'removed').map((n) => n.id));
  const end = (id: string) => (removedNodes.has(id) ? removedId(id) : id);
  return flow.edges.map((edge) => ({
    id: edge.status === 'removed' ? `removed:${edge.id}` : edge.id,
    source: end(edge.source),
    sourceHandle: edge.sourceHandle,
    target: end(edge.target),
    type: 'smoothstep',
    animated: edge.status === 'added',
    style: {
      stroke: edgeStroke(edge.status),
      strokeWidth: edge.status === 'unchanged' ? 1.5 : 2.5,
      strokeDasharray: edge.status === 'removed' ? '6 4' : undefined,
      opacity: edge.status === 'removed' ? 0.6 : 1,
    },
    data: { status: edge.status },
  }));
}

/** Removed nodes get ids of their own on the canvas; the change list still names them by theirs. */
export function removedId(id: string): string {
  return `removed:${id}`;
}
