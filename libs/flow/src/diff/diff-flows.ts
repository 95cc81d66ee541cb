import type { Flow, FlowEdge, FlowNode } from '../document/graph.schema';
import { formatPath } from '../format-path';
import type { ChangedItem, ChangedNode, FlowDiff, ItemChanges } from './bot-diff';
import {
  type JsonChange,
  compareStrings,
  jsonChanges,
  jsonEqual,
  ownValue,
  sortedUnion,
} from './json-changes';
import { matchByKey } from './match-by-key';

/** Flow keys compared item by item rather than as fields. */
const graphKeys = new Set(['id', 'nodes', 'edges']);

/** Flows that differ, by id; a flow that is the same on both sides is left out. */
export function diffFlows(before: readonly Flow[], after: readonly Flow[]): FlowDiff[] {
  const match = matchByKey(before, after, (flow) => flow.id);
  const diffs: FlowDiff[] = [
    ...match.added.map(({ key, item }) => wholeFlow(key, 'added', item)),
    ...match.removed.map(({ key, item }) => wholeFlow(key, 'removed', item)),
    ...match.common
      .map(({ key, before: was, after: now }) => changedFlow(key, was, now))
      .filter((diff): diff is FlowDiff => diff !== undefined),
  ];
  // Stable: flows with the same id (possible in a draft) keep added, removed, changed order.
  return diffs.sort((a, b) => compareStrings(a.flowId, b.flowId));
}

function wholeFlow(flowId: string, change: 'added' | 'removed', flow: Flow): FlowDiff {
  const nodeIds = flow.nodes.map((n) => n.id).sort(compareStrings);
  const edgeIds = flow.edges.map((e) => e.id).sort(compareStrings);
  const side = (ids: string[]) => ({
    added: change === 'added' ? ids : [],
    removed: change === 'removed' ? ids : [],
    changed: [],
  });
  return { flowId, change, nodes: side(nodeIds), edges: side(edgeIds), fields: [] };
}

function changedFlow(flowId: string, before: Flow, after: Flow): FlowDiff | undefined {
  const nodes = diffItems(before.nodes, after.nodes, (id, changes): ChangedNode => {
    const paths = formatPaths(changes);
    return { id, paths, movedOnly: changes.every((change) => change.path[0] === 'position') };
  });
  const edges = diffItems(before.edges, after.edges, (id, changes): ChangedItem => {
    return { id, paths: formatPaths(changes) };
  });
  const fields = changedFields(before, after);
  const unchanged =
    fields.length === 0 && [nodes, edges].every((items) => isEmptyItemChanges(items));
  return unchanged ? undefined : { flowId, change: 'changed', nodes, edges, fields };
}

/** Nodes or edges matched by id; `describe` turns one item's differences into its entry. */
function diffItems<Item extends FlowNode | FlowEdge, Changed extends ChangedItem>(
  before: readonly Item[],
  after: readonly Item[],
  describe: (id: string, changes: JsonChange[]) => Changed,
): ItemChanges<Changed> {
  const match = matchByKey(before, after, (item) => item.id);
  // Items with a duplicated id merge into one entry, so each id is listed once as changed.
  const changesById = new Map<string, JsonChange[]>();
  for (const { key, before: was, after: now } of match.common) {
    const changes = jsonChanges(was, now);
    if (changes.length > 0) changesById.set(key, [...(changesById.get(key) ?? []), ...changes]);
  }
  return {
    added: match.added.map(({ key }) => key),
    removed: match.removed.map(({ key }) => key),
    changed: [...changesById].map(([id, changes]) => describe(id, changes)),
  };
}

function formatPaths(changes: readonly JsonChange[]): string[] {
  return [...new Set(changes.map((change) => formatPath(change.path)))];
}

/** Flow-level fields (everything but id, nodes and edges) whose value differs. */
function changedFields(before: Flow, after: Flow): string[] {
  const was: Record<string, unknown> = before;
  const now: Record<string, unknown> = after;
  return sortedUnion(Object.keys(was), Object.keys(now)).filter(
    (key) => !graphKeys.has(key) && !jsonEqual(ownValue(was, key), ownValue(now, key)),
  );
}

function isEmptyItemChanges(items: ItemChanges<ChangedItem>): boolean {
  return items.added.length === 0 && items.removed.length === 0 && items.changed.length === 0;
}
