import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import type { Problem } from '@parley/flow';
import { getNodeDefinition, type OutcomeContext } from '@parley/nodes';
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { connect, moveNodes, removeElements } from '../draft/document-edits';
import type { DraftFlow } from '../draft/draft-document';
import type { DraftStore } from '../draft/draft-store';
import type { EditGroup } from '../draft/edit-history';
import { useCanvasEdges, useCanvasNodes, type CanvasNode, type Size } from './canvas-elements';
import { applySelectChanges, type CanvasSelection } from './canvas-selection';
import type { ContextMenuTarget } from './context-menu/canvas-context-menu';
import { farZoomClass, FlowNodeCard } from './flow-node-card';
import { useFlowMarks } from './overlay';
import { paletteMime } from './palette-drag';
import { problemEdgeTypes } from './problems/problem-edge';

const nodeTypes = { parley: FlowNodeCard };
/**
 * Below this zoom a card's text is a few pixels high: cards are drawn as coloured
 * blocks instead (see flow-node-card.module.css), which keeps panning a flow of
 * hundreds of nodes smooth, since painting their text is what costs.
 */
const FAR_ZOOM = 0.45;

/** A dropped node is centred on the pointer: half the card's width, about half its height. */
const dropOffset = { x: 120, y: 40 };

interface FlowCanvasProps {
  store: DraftStore;
  flow: DraftFlow;
  context: OutcomeContext;
  problems: ReadonlyMap<string, readonly Problem[]>;
  edgeProblems: ReadonlyMap<string, readonly Problem[]>;
  selection: CanvasSelection;
  onSelectionChange: (update: (selection: CanvasSelection) => CanvasSelection) => void;
  onAddNode: (kind: string, position: { x: number; y: number }) => void;
  /** Right-click on a node or on the empty canvas. */
  onContextMenu: (target: ContextMenuTarget) => void;
  /** The toolbar, drawn over the canvas's top-right corner. */
  toolbar: ReactNode;
}

/**
 * The open flow on React Flow, controlled by the draft: moves, connections and
 * deletions become document edits; selection and measured sizes stay local.
 */
export function FlowCanvas(props: FlowCanvasProps) {
  const { store, flow, selection, onSelectionChange } = props;
  const { screenToFlowPosition } = useReactFlow();
  const zoomedOut = useStore((state) => state.transform[2] < FAR_ZOOM);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(new Map());
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  const marks = useFlowMarks(flow.id);
  const nodes = useCanvasNodes(
    flow,
    props.context,
    selectedNodes,
    sizes,
    props.problems,
    marks.nodes,
  );
  const edges = useCanvasEdges(flow, selectedEdges, props.edgeProblems, marks.edges);
  const edit = store.getState().edit;
  // Every position a drag passes through is one undo step together; arrow-key nudges group by time.
  const drags = useRef(0);
  const dragGroup = useRef<EditGroup>({ key: 'drag-0' });
  const startDrag = useCallback(() => {
    drags.current += 1;
    dragGroup.current = { key: `drag-${drags.current}`, windowMs: Number.POSITIVE_INFINITY };
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const positions = new Map<string, { x: number; y: number }>();
      const removed: string[] = [];
      const measured = new Map<string, Size>();
      let dragging = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          positions.set(change.id, change.position);
          dragging ||= change.dragging === true;
        }
        if (change.type === 'remove') removed.push(change.id);
        if (change.type === 'dimensions' && change.dimensions)
          measured.set(change.id, change.dimensions);
      }
      if (measured.size > 0) setSizes((was) => new Map([...was, ...measured]));
      if (positions.size > 0) {
        const group = dragging ? dragGroup.current : { key: `nudge-${flow.id}` };
        edit((doc) => moveNodes(doc, flow.id, positions), group);
      }
      if (removed.length > 0) edit((doc) => removeElements(doc, flow.id, removed, []));
      onSelectionChange((was) => applySelectChanges(was, changes, []));
    },
    [edit, flow.id, onSelectionChange],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const removed = changes
        .filter((change) => change.type === 'remove')
        .map((change) => change.id);
      if (removed.length > 0) edit((doc) => removeElements(doc, flow.id, [], removed));
      onSelectionChange((was) => applySelectChanges(was, [], changes));
    },
    [edit, flow.id, onSelectionChange],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const sourceHandle = connection.sourceHandle;
      if (sourceHandle === null || sourceHandle === undefined) return;
      edit((doc) =>
        connect(doc, flow.id, {
          source: connection.source,
          sourceHandle,
          target: connection.target,
        }),
      );
    },
    [edit, flow.id],
  );

  const onNodeContextMenu = (event: MouseEvent, node: CanvasNode) => {
    event.preventDefault();
    // Right-clicking outside the selection acts on that node alone, as in a file manager.
    if (!selection.nodes.includes(node.id))
      onSelectionChange(() => ({ nodes: [node.id], edges: [] }));
    props.onContextMenu({
      type: 'node',
      nodeId: node.id,
      screen: { x: event.clientX, y: event.clientY },
    });
  };

  const onPaneContextMenu = (event: MouseEvent | globalThis.MouseEvent) => {
    event.preventDefault();
    const screen = { x: event.clientX, y: event.clientY };
    props.onContextMenu({ type: 'pane', screen, flow: screenToFlowPosition(screen) });
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(paletteMime)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(paletteMime);
    if (kind === '' || getNodeDefinition(kind) === undefined) return;
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    props.onAddNode(kind, { x: point.x - dropOffset.x, y: point.y - dropOffset.y });
  };

  return (
    <ReactFlow<CanvasNode>
      data-testid="flow-canvas"
      className={zoomedOut ? farZoomClass : undefined}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={problemEdgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onNodeDragStart={startDrag}
      onSelectionDragStart={startDrag}
      onNodeContextMenu={onNodeContextMenu}
      onPaneContextMenu={onPaneContextMenu}
      onSelectionContextMenu={(event) => {
        const first = selection.nodes[0];
        if (first === undefined) return;
        event.preventDefault();
        props.onContextMenu({
          type: 'node',
          nodeId: first,
          screen: { x: event.clientX, y: event.clientY },
        });
      }}
      onDragOver={onDragOver}
      onDrop={onDrop}
      // Deleting is a shortcut of the editor's (one undo step for nodes and their edges).
      deleteKeyCode={null}
      multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
      defaultEdgeOptions={{ type: 'smoothstep' }}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
      minZoom={0.2}
      maxZoom={2}
    >
      <Background gap={16} size={1} />
      <MiniMap
        pannable
        zoomable
        nodeColor={(node) => getNodeDefinition(String(node.data.kind))?.color ?? '#adb5bd'}
      />
      <Controls />
      <Panel position="top-right">{props.toolbar}</Panel>
    </ReactFlow>
  );
}
