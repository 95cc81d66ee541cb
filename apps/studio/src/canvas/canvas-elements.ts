import type { Problem } from '@parley/flow';
import type { OutcomeContext } from '@parley/nodes';
import type { Edge, Node } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { DraftFlow, DraftNode } from '../draft/draft-document';
import { describeNode, type NodeView } from './describe-node';
import { edgeMarkClass, type EdgeMark, type NodeMark } from './overlay';
import { edgeLook } from './problems/problem-edge';

/** What the generic node component receives. */
export interface CanvasNodeData extends Record<string, unknown> {
  kind: string;
  view: NodeView;
  problems: readonly Problem[];
  /** A mark the simulator or coverage draws on the card (`data-mark`). */
  mark?: NodeMark;
}
export type CanvasNode = Node<CanvasNodeData, 'parley'>;

export type Size = { width: number; height: number };

interface NodeInputs {
  source: DraftNode;
  selected: boolean;
  size: Size | undefined;
  problemsKey: string;
  handlesKey: string;
  context: OutcomeContext;
  mark: NodeMark | undefined;
}

const emptyProblems: readonly Problem[] = [];
const noMarks: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * React Flow nodes for a flow. A node object is reused while nothing it shows
 * changed, so dragging one node or typing in its form re-renders only that node.
 * Measured sizes are passed back in, as React Flow expects of controlled nodes.
 */
export function useCanvasNodes(
  flow: DraftFlow,
  context: OutcomeContext,
  selected: ReadonlySet<string>,
  sizes: ReadonlyMap<string, Size>,
  problems: ReadonlyMap<string, readonly Problem[]>,
  marks: ReadonlyMap<string, NodeMark> = noMarks,
): CanvasNode[] {
  const cache = useRef(new Map<string, { inputs: NodeInputs; node: CanvasNode }>());
  return useMemo(() => {
    const handles = handlesBySource(flow);
    const next = new Map<string, { inputs: NodeInputs; node: CanvasNode }>();
    const nodes = flow.nodes.map((source) => {
      const nodeProblems = problems.get(source.id) ?? emptyProblems;
      const used = handles.get(source.id) ?? [];
      const inputs: NodeInputs = {
        source,
        selected: selected.has(source.id),
        size: sizes.get(source.id),
        problemsKey: nodeProblems.map((p) => `${p.severity}:${p.message}`).join('\n'),
        handlesKey: used.join('\n'),
        context,
        mark: marks.get(source.id),
      };
      const cached = cache.current.get(source.id);
      const node =
        cached && sameInputs(cached.inputs, inputs)
          ? cached.node
          : canvasNode(source, inputs, describeNode(source, context, used), nodeProblems);
      next.set(source.id, { inputs, node });
      return node;
    });
    cache.current = next;
    return nodes;
  }, [flow, context, selected, sizes, problems, marks]);
}

/** React Flow edges for a flow: the document's own shape plus selection, problems and marks. */
export function useCanvasEdges(
  flow: DraftFlow,
  selected: ReadonlySet<string>,
  problems: ReadonlyMap<string, readonly Problem[]> = noEdgeProblems,
  marks: ReadonlyMap<string, EdgeMark> = noMarks,
): Edge[] {
  return useMemo(
    () =>
      flow.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        selected: selected.has(edge.id),
        ...edgeLook(problems.get(edge.id)),
        className: edgeMarkClass(marks.get(edge.id)),
      })),
    [flow.edges, selected, problems, marks],
  );
}

const noEdgeProblems: ReadonlyMap<string, readonly Problem[]> = new Map();

function canvasNode(
  source: DraftNode,
  inputs: NodeInputs,
  view: NodeView,
  problems: readonly Problem[],
): CanvasNode {
  return {
    id: source.id,
    type: 'parley',
    position: source.position,
    selected: inputs.selected,
    ...(inputs.size ? { measured: inputs.size } : {}),
    data: { kind: source.type, view, problems, ...(inputs.mark ? { mark: inputs.mark } : {}) },
  };
}

function sameInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.source === b.source &&
    a.selected === b.selected &&
    a.size?.width === b.size?.width &&
    a.size?.height === b.size?.height &&
    a.problemsKey === b.problemsKey &&
    a.handlesKey === b.handlesKey &&
    a.context === b.context &&
    a.mark === b.mark
  );
}

function handlesBySource(flow: DraftFlow): Map<string, string[]> {
  const handles = new Map<string, string[]>();
  for (const edge of flow.edges) {
    handles.set(edge.source, [...(handles.get(edge.source) ?? []), edge.sourceHandle]);
  }
  return handles;
}
