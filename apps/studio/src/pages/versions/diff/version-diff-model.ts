import type { BotDiff, FlowDiff, NamedChanges, ValueChange } from '@parley/flow';
import {
  type DiffDocument,
  type DiffSourceEdge,
  type DiffSourceFlow,
  type DiffSourceNode,
} from './diff-document';
import { readPath } from './read-path';

/** How an item of the newer version compares with the older one. */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

export interface DiffNode extends DiffSourceNode {
  status: DiffStatus;
  /** Settings (and kind) that changed, `data.` left out of the path; never positions. */
  changes: ValueChange[];
}

export interface DiffEdge extends DiffSourceEdge {
  status: DiffStatus;
}

export interface DiffFlow {
  id: string;
  name: string;
  status: Exclude<DiffStatus, 'moved'>;
  /** The newer version's nodes, then the older one's removed nodes (drawn where they were). */
  nodes: DiffNode[];
  edges: DiffEdge[];
  /** Flow-level fields that changed (`name`, `parameters`, …). */
  fields: string[];
}

/** Everything the diff view shows: flows to draw, and the bot-level changes to list. */
export interface VersionDiffModel {
  empty: boolean;
  /** The newer version's flows in its order, then flows it no longer has. */
  flows: DiffFlow[];
  document: ValueChange[];
  settings: ValueChange[];
  variables: NamedChanges;
  intents: NamedChanges;
  entities: NamedChanges;
}

/**
 * Merges the server's diff of two versions with their documents: the newer
 * version's flows with each node and edge marked, the older version's removed
 * items put back (so they can be drawn faded), and the before → after values of
 * every changed setting, read at the paths the diff names.
 */
export function buildVersionDiff(
  older: DiffDocument,
  newer: DiffDocument,
  diff: BotDiff,
): VersionDiffModel {
  const changes = new Map(diff.flows.map((flow) => [flow.flowId, flow]));
  const newerIds = new Set(newer.flows.map((flow) => flow.id));
  const flows = [
    ...newer.flows.map((flow) =>
      mergeFlow(
        flow,
        older.flows.find((candidate) => candidate.id === flow.id),
        changes.get(flow.id),
      ),
    ),
    ...older.flows
      .filter((flow) => !newerIds.has(flow.id))
      .map((flow) => mergeFlow(undefined, flow, changes.get(flow.id))),
  ];
  return {
    empty: diff.empty,
    flows,
    document: diff.document,
    settings: diff.settings,
    variables: diff.variables,
    intents: diff.intents,
    entities: diff.entities,
  };
}

/** Counts what a flow's list shows: nodes and edges that are not unchanged. */
export function changeCount(flow: DiffFlow): number {
  const changed = (item: { status: DiffStatus }) => item.status !== 'unchanged';
  return flow.nodes.filter(changed).length + flow.edges.filter(changed).length;
}

function mergeFlow(
  newer: DiffSourceFlow | undefined,
  older: DiffSourceFlow | undefined,
  change: FlowDiff | undefined,
): DiffFlow {
  const base = newer ?? older;
  if (!base) throw new Error('a flow needs at least one side');
  const removedNodes = new Set(change?.nodes.removed ?? []);
  const removedEdges = new Set(change?.edges.removed ?? []);
  const nodes: DiffNode[] = [
    ...(newer?.nodes ?? []).map((node) => newerNode(node, older, change)),
    ...(older?.nodes ?? [])
      .filter((node) => removedNodes.has(node.id) || !newer)
      .map((node) => ({ ...node, status: 'removed' as const, changes: [] })),
  ];
  const edges: DiffEdge[] = [
    ...(newer?.edges ?? []).map((edge) => ({ ...edge, status: edgeStatus(edge.id, change) })),
    ...(older?.edges ?? [])
      .filter((edge) => removedEdges.has(edge.id) || !newer)
      .map((edge) => ({ ...edge, status: 'removed' as const })),
  ];
  return {
    id: base.id,
    name: base.name,
    status: !change ? 'unchanged' : change.change,
    nodes,
    edges,
    fields: change?.fields ?? [],
  };
}

function newerNode(
  node: DiffSourceNode,
  older: DiffSourceFlow | undefined,
  change: FlowDiff | undefined,
): DiffNode {
  if (!change) return { ...node, status: 'unchanged', changes: [] };
  if (change.nodes.added.includes(node.id)) return { ...node, status: 'added', changes: [] };
  const changed = change.nodes.changed.find((item) => item.id === node.id);
  if (!changed) return { ...node, status: 'unchanged', changes: [] };
  if (changed.movedOnly) return { ...node, status: 'moved', changes: [] };
  const before = older?.nodes.find((candidate) => candidate.id === node.id);
  const changes = changed.paths
    .filter((path) => !path.startsWith('position'))
    .map((path) => ({
      path: path.replace(/^data\./, ''),
      before: readPath(before, path),
      after: readPath(node, path),
    }));
  return { ...node, status: 'changed', changes };
}

function edgeStatus(id: string, change: FlowDiff | undefined): DiffStatus {
  if (!change) return 'unchanged';
  if (change.edges.added.includes(id)) return 'added';
  return change.edges.changed.some((item) => item.id === id) ? 'changed' : 'unchanged';
}
