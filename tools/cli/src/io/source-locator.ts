import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import YAML from 'yaml';
import { lineAndColumn } from './read-json-file';

/** Where a value sits in its file, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Finds the position of the value at a path (`['tests', 0, 'turns', 2]`) in a file's text. */
export type SourceLocator = (path: readonly PropertyKey[]) => SourcePosition | undefined;

/**
 * A locator for JSON or YAML text, so that a schema error can say `file:12:9`. Walks
 * up the path until it finds a node that exists (a missing field is reported where
 * its parent object starts).
 */
export function createSourceLocator(text: string, format: 'json' | 'yaml'): SourceLocator {
  const offsetOf = format === 'json' ? jsonOffsets(text) : yamlOffsets(text);
  return (path) => {
    const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
    for (let end = keys.length; end >= 0; end -= 1) {
      const offset = offsetOf(keys.slice(0, end));
      if (offset !== undefined) return lineAndColumn(text, offset);
    }
    return undefined;
  };
}

/** A property is located at its key (where a typo was typed), an item at its value. */
function jsonOffsets(text: string): (path: (string | number)[]) => number | undefined {
  const root = parseTree(text);
  return (path) => {
    const node = root === undefined ? undefined : findNodeAtLocation(root, path);
    return node?.parent?.type === 'property' ? node.parent.offset : node?.offset;
  };
}

function yamlOffsets(text: string): (path: (string | number)[]) => number | undefined {
  const doc = YAML.parseDocument(text);
  const nodeAt = (path: (string | number)[]): unknown =>
    path.length === 0 ? doc.contents : doc.getIn(path, true);
  return (path) => {
    const last = path[path.length - 1];
    if (typeof last === 'string') {
      const key = keyNode(nodeAt(path.slice(0, -1)), last);
      if (key !== undefined) return rangeStart(key);
    }
    return rangeStart(nodeAt(path));
  };
}

/** The key node of `name` in a YAML map node, if the node is a map that has it. */
function keyNode(map: unknown, name: string): unknown {
  if (typeof map !== 'object' || map === null || !('items' in map) || !Array.isArray(map.items))
    return undefined;
  const items: unknown[] = map.items;
  for (const pair of items) {
    if (typeof pair !== 'object' || pair === null || !('key' in pair)) continue;
    const key: unknown = pair.key;
    const value: unknown =
      typeof key === 'object' && key !== null && 'value' in key ? key.value : key;
    if (value === name) return key;
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range: unknown = node.range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}
