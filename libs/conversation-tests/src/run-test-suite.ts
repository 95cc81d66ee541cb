import type { BotDocument, StoredConversationTest } from '@parley/flow';
import type { TraceEntry } from '@parley/engine';
import { conversationTestSchema } from './conversation-test.schema';
import { runConversationTest } from './conversation-test.runner';
import { coverageReport, type CoverageReport } from './coverage-view';
import { toTestResult, type TestResult } from './test-result';

/** What running a bot's tests gave: counts, each test, and the outcome coverage of them all. */
export interface TestSuiteResult {
  summary: { total: number; passed: number; failed: number; ms: number };
  tests: TestResult[];
  coverage: CoverageReport;
}

/**
 * Runs tests as a bot document stores them (`doc.tests` by default), one after the
 * other, each through the real engine with its scripted ports. A stored test whose
 * port script the engine would not accept fails with the reason instead of running.
 * `names` runs only those tests (in the document's order); unknown names are ignored.
 */
export async function runTestSuite(
  doc: BotDocument,
  options: { tests?: readonly StoredConversationTest[]; names?: readonly string[] } = {},
): Promise<TestSuiteResult> {
  const started = performance.now();
  const wanted = options.names === undefined ? undefined : new Set(options.names);
  const tests = (options.tests ?? doc.tests).filter((t) => wanted?.has(t.name) ?? true);
  const results: TestResult[] = [];
  const traces: TraceEntry[] = [];
  for (const stored of tests) {
    const begun = performance.now();
    const parsed = conversationTestSchema.safeParse(stored);
    if (!parsed.success) {
      results.push(invalidTest(stored.name, parsed.error.issues, elapsed(begun)));
      continue;
    }
    const report = await runConversationTest(doc, parsed.data);
    traces.push(...report.trace);
    results.push(toTestResult(report, elapsed(begun)));
  }
  const passed = results.filter((r) => r.passed).length;
  return {
    summary: {
      total: results.length,
      passed,
      failed: results.length - passed,
      ms: elapsed(started),
    },
    tests: results,
    coverage: coverageReport(doc, traces),
  };
}

/** A stored test the runner cannot play (a port answer of the wrong shape, say). */
function invalidTest(
  name: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
  ms: number,
): TestResult {
  const reasons = issues.map((i) => `${i.path.map(String).join('.') || 'test'}: ${i.message}`);
  const message = `the test is not valid: ${reasons.join('; ')}`;
  return {
    name,
    passed: false,
    ms,
    failure: { turn: 0, field: 'error', message: `could not play the turn: ${message}` },
    turns: [
      {
        index: 0,
        passed: false,
        input: {},
        played: false,
        messages: [],
        trace: [],
        failures: [{ kind: 'error', message, at: undefined }],
      },
    ],
  };
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
