import type { z } from 'zod';
import { formatPath } from './format-problems';
import type { SourceLocator } from './source-locator';

/** One schema problem, flattened: where it is and what is wrong. */
export interface FlatIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Zod issues as an analyst reads them. A union (`say` is text or an object…) that
 * failed every way is reported by the option that came closest, not as a bare
 * "Invalid input".
 */
export function flattenIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): FlatIssue[] {
  return issues.flatMap((issue): FlatIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const options = issue.errors;
      // Every option refused the value itself (wrong type or value): list what would do.
      const shallow = options.every((o) => o.length > 0 && o.every((i) => i.path.length === 0));
      if (!shallow) {
        const closest = [...options].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
        if (closest !== undefined) return flattenIssues(closest, path);
      }
      const expected = new Set(options.flatMap((o) => o.map(expectedOf)));
      return [{ path: keys(path), message: `expected ${[...expected].join(' or ')}` }];
    }
    if (issue.code === 'unrecognized_keys') {
      // One issue per key, located at the key: a typo is found where it was typed.
      return issue.keys.map((key) => ({
        path: keys([...path, key]),
        message: `unknown field "${key}"`,
      }));
    }
    return [{ path: keys(path), message: issue.message }];
  });
}

/**
 * `tests.yaml:14:9: test "finds a shipped order" › turns[1].expect.node: expected string`.
 * `root` names the path's first parts for embedded tests (`tests` of a bot document).
 */
export function formatLocatedIssue(
  file: string,
  issue: FlatIssue,
  locate: SourceLocator | undefined,
  testName: (index: number) => string | undefined,
): string {
  const position = locate?.(issue.path);
  const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
  const [first, index, ...rest] = issue.path;
  const name = first === 'tests' && typeof index === 'number' ? testName(index) : undefined;
  const test = name === undefined ? '' : `test "${name}" › `;
  const path = name === undefined ? formatPath(issue.path) : formatPath(rest);
  const place = path !== '' ? path : name === undefined ? '(the file)' : '(the test)';
  return `${where}: ${test}${place}: ${issue.message}`;
}

/** What one refused option wanted: `boolean`, `"resolved" | "unresolved"`, … */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(' | ');
  return issue.message;
}

/** How deep the deepest issue of one union option goes (closer to a match = deeper). */
function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function keys(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((key): key is string | number => typeof key !== 'symbol');
}
