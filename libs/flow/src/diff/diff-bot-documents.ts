import type { BotDocument } from '../document/bot-document.schema';
import { formatPath } from '../format-path';
import type { BotDiff, NamedChanges, ValueChange } from './bot-diff';
import { diffFlows } from './diff-flows';
import { compareStrings, jsonChanges, jsonEqual, ownValue, sortedUnion } from './json-changes';
import { matchByKey } from './match-by-key';

export type * from './bot-diff';

/** Document keys with a section of their own in the diff; every other key is compared whole. */
const sectionKeys = new Set(['settings', 'variables', 'intents', 'entities', 'flows']);

/**
 * What changed from `before` to `after` (two parsed documents, e.g. version 2 and
 * the draft). Flows, nodes and edges are matched by id, variables, intents and
 * entities by name, so reordering them is no change; moving the first flow (where
 * conversations start) or reordering flows is, and shows in `document` as `flows`.
 * Pure and browser-safe; never mutates its arguments.
 *
 * @example
 * const diff = diffBotDocuments(version.document, draft.document);
 * if (diff.empty) return 'Nothing to publish';
 */
export function diffBotDocuments(before: BotDocument, after: BotDocument): BotDiff {
  const diff: Omit<BotDiff, 'empty'> = {
    document: [...documentFieldChanges(before, after), ...flowOrderChange(before, after)].sort(
      (a, b) => compareStrings(a.path, b.path),
    ),
    settings: jsonChanges(before.settings, after.settings).map(
      ({ path, before: was, after: now }) => ({
        path: formatPath(path),
        before: was,
        after: now,
      }),
    ),
    variables: namedChanges(before.variables, after.variables),
    intents: namedChanges(before.intents, after.intents),
    entities: namedChanges(before.entities, after.entities),
    flows: diffFlows(before.flows, after.flows),
  };
  const empty =
    diff.document.length === 0 &&
    diff.settings.length === 0 &&
    [diff.variables, diff.intents, diff.entities].every(
      (named) => named.added.length + named.removed.length + named.changed.length === 0,
    ) &&
    diff.flows.length === 0;
  return { empty, ...diff };
}

/** Top-level fields outside the sections (`name`, `locales`, later additions), compared whole. */
function documentFieldChanges(before: BotDocument, after: BotDocument): ValueChange[] {
  const was: Record<string, unknown> = before;
  const now: Record<string, unknown> = after;
  return sortedUnion(Object.keys(was), Object.keys(now))
    .filter((key) => !sectionKeys.has(key))
    .map((key) => ({ path: key, before: ownValue(was, key), after: ownValue(now, key) }))
    .filter((change) => !jsonEqual(change.before, change.after));
}

/**
 * The flows' order matters in one way: the first flow is where conversations
 * start. Reported when the entry flow changed, or flows present on both sides
 * were reordered; adding or removing a flow elsewhere is its flow's change only.
 */
function flowOrderChange(before: BotDocument, after: BotDocument): ValueChange[] {
  const was = before.flows.map((flow) => flow.id);
  const now = after.flows.map((flow) => flow.id);
  const inBoth = (ids: string[], other: string[]) => ids.filter((id) => other.includes(id));
  const reordered = !jsonEqual(inBoth(was, now), inBoth(now, was));
  return was[0] !== now[0] || reordered ? [{ path: 'flows', before: was, after: now }] : [];
}

function namedChanges<T extends { name: string }>(
  before: readonly T[],
  after: readonly T[],
): NamedChanges {
  const match = matchByKey(before, after, (item) => item.name);
  const changed = match.common.filter((pair) => !jsonEqual(pair.before, pair.after));
  return {
    added: match.added.map(({ key }) => key),
    removed: match.removed.map(({ key }) => key),
    // A duplicated name (possible in a draft) is listed once.
    changed: [...new Set(changed.map(({ key }) => key))],
  };
}
