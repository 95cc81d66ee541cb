import {
  conversationTestFileSchema,
  conversationTestsSchema,
  type ConversationTest,
} from '@parley/conversation-tests';
import { testReferenceIssues, type BotDocument } from '@parley/flow';
import { readDataFile } from '../io/read-data-file';
import { flattenIssues, formatLocatedIssue, type FlatIssue } from '../io/schema-issues.format';
import type { SourceLocator } from '../io/source-locator';

/** Tests ready to run, or every located reason they cannot run. */
export type LoadTestsResult =
  { ok: true; tests: ConversationTest[] } | { ok: false; errors: string[] };

/**
 * Reads a conversation-tests file (YAML or JSON), checks it against the schema and
 * against the bot (nodes, variables and locales it names must exist). Errors name the
 * file, line, test and path: `order.tests.yaml:31:11: test "shipped" › turns[1]…`.
 */
export async function readConversationTestFile(
  path: string,
  doc: BotDocument,
): Promise<LoadTestsResult> {
  const read = await readDataFile(path);
  if (!read.ok) return { ok: false, errors: [read.message] };
  const parsed = conversationTestFileSchema.safeParse(read.value);
  if (!parsed.success)
    return located(path, flattenIssues(parsed.error.issues), read.locate, read.value);
  return checked(path, doc, parsed.data.tests, read.locate, read.value);
}

/**
 * The tests stored in a bot document's `tests` section (same shape as a file's
 * `tests`), or `undefined` when it has none. Read from the raw JSON, so that errors
 * point at lines of the file and port scripts get the runner's exact checks.
 */
export function readEmbeddedTests(
  path: string,
  raw: unknown,
  doc: BotDocument,
  locate: SourceLocator,
): LoadTestsResult | undefined {
  if (typeof raw !== 'object' || raw === null || !('tests' in raw)) return undefined;
  // The studio saves an empty list for a bot without tests.
  if (Array.isArray(raw.tests) && raw.tests.length === 0) return undefined;
  const parsed = conversationTestsSchema.safeParse(raw.tests);
  if (!parsed.success)
    return located(path, flattenIssues(parsed.error.issues, ['tests']), locate, raw);
  return checked(path, doc, parsed.data, locate, raw);
}

function checked(
  path: string,
  doc: BotDocument,
  tests: ConversationTest[],
  locate: SourceLocator,
  raw: unknown,
): LoadTestsResult {
  const problems: FlatIssue[] = testReferenceIssues(doc, tests);
  return problems.length === 0 ? { ok: true, tests } : located(path, problems, locate, raw);
}

function located(
  path: string,
  issues: FlatIssue[],
  locate: SourceLocator,
  raw: unknown,
): LoadTestsResult {
  const name = (index: number): string | undefined => testNameAt(raw, index);
  return {
    ok: false,
    errors: issues.map((issue) => formatLocatedIssue(path, issue, locate, name)),
  };
}

/** The `name` of the n-th raw test, if it has one, for messages about a test that failed to parse. */
function testNameAt(raw: unknown, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('tests' in raw)) return undefined;
  const tests: unknown = raw.tests;
  if (!Array.isArray(tests)) return undefined;
  const test: unknown = tests[index];
  if (typeof test !== 'object' || test === null || !('name' in test)) return undefined;
  return typeof test.name === 'string' ? test.name : undefined;
}
