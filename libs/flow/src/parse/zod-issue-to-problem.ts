import type { z } from 'zod';
import { formatPath, quoteShort } from '../format-path';
import { isRecord } from '../is-record';
import { makeProblem, type ProblemLocation } from '../make-problem';
import type { Problem } from '../problem';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/**
 * Turns one zod issue from parsing a whole document into an `invalid-document`
 * problem: the flow, node or edge it sits in (read from the raw document, so the
 * studio can badge it) and a message that names them, e.g.
 * `Flow "main", node "n3", field position.x: Invalid input: expected number, received string.`
 */
export function zodIssueToProblem(issue: Issue, raw: unknown): Problem {
  const { path, message } = flattenIssue(issue);
  const location = locate(path, raw);
  return makeProblem(
    'invalid-document',
    `${describeLocation(location, path)}: ${sentence(message)}`,
    location,
  );
}

/** Zod paths may hold symbols; problems carry strings and numbers only. */
export function toProblemPath(path: readonly PropertyKey[]): Path {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

/**
 * The issue's path and a message an analyst can act on: a missing field says so; a
 * union's own message ("Invalid input") says little, so report the branch that got
 * furthest, or list the types it would have taken.
 */
export function flattenIssue(issue: Issue): { path: Path; message: string } {
  const path = toProblemPath(issue.path);
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return { path, message: `missing; it should be ${article(issue.expected)}` };
  }
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return { path, message: issue.message };
  }
  const firsts = issue.errors.map((branch) => branch[0]).filter((first) => first !== undefined);
  const deepest = firsts.reduce<Issue | undefined>(
    (best, next) => (best === undefined || next.path.length > best.path.length ? next : best),
    undefined,
  );
  if (deepest !== undefined && deepest.path.length > 0) {
    const inner = flattenIssue(deepest);
    return { path: [...path, ...inner.path], message: inner.message };
  }
  const expected = firsts.flatMap((first) =>
    first.code === 'invalid_type' ? [first.expected] : [],
  );
  if (expected.length > 0 && expected.length === firsts.length) {
    const names = [...new Set(expected.map(friendlyType))];
    return { path, message: `Invalid input: expected ${names.join(' or ')}` };
  }
  return { path, message: issue.message };
}

/** Zod's type names, in the words of the studio's forms. */
const friendlyTypes: Readonly<Record<string, string>> = { record: 'object', array: 'list' };

function friendlyType(expected: string): string {
  return Object.hasOwn(friendlyTypes, expected) ? (friendlyTypes[expected] ?? expected) : expected;
}

function article(expected: string): string {
  const name = friendlyType(expected);
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function locate(path: Path, raw: unknown): ProblemLocation {
  const location: ProblemLocation = { path };
  const [section, flowIndex, part, itemIndex] = path;
  if (section !== 'flows' || typeof flowIndex !== 'number' || !isRecord(raw)) return location;
  const flow = Array.isArray(raw.flows) ? readItem(raw.flows, flowIndex) : undefined;
  location.flowId = readId(flow);
  if ((part === 'nodes' || part === 'edges') && typeof itemIndex === 'number' && isRecord(flow)) {
    const list = flow[part];
    const id = Array.isArray(list) ? readId(readItem(list, itemIndex)) : undefined;
    if (part === 'nodes') location.nodeId = id;
    else location.edgeId = id;
  }
  return location;
}

function describeLocation(location: ProblemLocation, path: Path): string {
  const parts: string[] = [];
  let rest = path;
  if (location.flowId !== undefined) {
    parts.push(`Flow ${quoteShort(location.flowId)}`);
    rest = path.slice(2);
  }
  if (location.nodeId !== undefined || location.edgeId !== undefined) {
    const what = location.nodeId !== undefined ? 'node' : 'edge';
    parts.push(`${what} ${quoteShort(location.nodeId ?? location.edgeId ?? '')}`);
    rest = path.slice(4);
  }
  if (rest.length > 0 || parts.length === 0) parts.push(`field ${formatPath(rest)}`);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readItem(list: unknown[], index: number): unknown {
  return index >= 0 && index < list.length ? list[index] : undefined;
}

function readId(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
}

function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
