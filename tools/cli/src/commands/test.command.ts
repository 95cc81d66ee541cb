import { parseArgs } from 'node:util';
import pc from 'picocolors';
import type { ConversationTest } from '../conversation-tests/conversation-test.schema';
import {
  readConversationTestFile,
  readEmbeddedTests,
} from '../conversation-tests/conversation-test-file.reader';
import {
  runConversationTest,
  type TestReport,
} from '../conversation-tests/conversation-test.runner';
import { outcomeCoverage } from '../conversation-tests/outcome-coverage';
import { formatTestReport } from '../conversation-tests/test-report.format';
import { loadBot } from '../io/load-bot';
import type { CommandIo } from './command-io';

/** `parley test --help`. */
export const testUsage = `Usage: parley test BOT.json [TESTS.yaml|TESTS.json ...]

Runs conversation tests against a bot and ends with "N passed, N failed".
Without a tests file, runs the tests in the bot document's "tests" section.
Exits 1 when a test fails or a tests file is invalid (then nothing runs).
The format is described in docs/conversation-tests.md.`;

/** `parley test`: exit 0 when every test passed, 1 otherwise, 2 on bad usage. */
export async function testCommand(args: readonly string[], io: CommandIo): Promise<number> {
  let files: string[];
  try {
    files = parseArgs({
      args: [...args],
      options: {},
      allowPositionals: true,
      strict: true,
    }).positionals;
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)}\n\n${testUsage}`);
    return 2;
  }
  const [botFile, ...testFiles] = files;
  if (botFile === undefined) {
    io.error(testUsage);
    return 2;
  }
  const bot = await loadBot(botFile, io, 'the bot has errors; fix them before running its tests');
  if (bot === undefined) return 1;
  const suites: { file: string; tests: ConversationTest[] }[] = [];
  const errors: string[] = [];
  for (const file of testFiles) {
    const loaded = await readConversationTestFile(file, bot.doc);
    if (loaded.ok) suites.push({ file, tests: loaded.tests });
    else errors.push(...loaded.errors);
  }
  if (testFiles.length === 0) {
    const embedded = readEmbeddedTests(botFile, bot.raw, bot.doc, bot.locate);
    if (embedded === undefined)
      errors.push(`${botFile}: no tests: give a tests file, or add a "tests" section to the bot`);
    else if (embedded.ok)
      suites.push({ file: `${botFile} (tests section)`, tests: embedded.tests });
    else errors.push(...embedded.errors);
  }
  if (errors.length > 0) {
    for (const error of errors) io.error(error);
    io.error(
      `${pc.red('No test ran')}: fix the tests file${testFiles.length > 1 ? 's' : ''} first.`,
    );
    return 1;
  }
  const reports: TestReport[] = [];
  for (const suite of suites) {
    io.out(pc.bold(suite.file));
    for (const test of suite.tests) {
      const report = await runConversationTest(bot.doc, test);
      reports.push(report);
      io.out(formatTestReport(report));
    }
  }
  const failed = reports.filter((r) => !r.passed).length;
  io.out('');
  io.out(describeCoverage(bot.doc, reports));
  io.out(`${reports.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** `outcome coverage: 31 of 32 outcomes taken; not taken: ask-order → invalid`. */
function describeCoverage(
  doc: Parameters<typeof outcomeCoverage>[0],
  reports: TestReport[],
): string {
  const coverage = outcomeCoverage(
    doc,
    reports.flatMap((r) => r.trace),
  );
  const head = `outcome coverage: ${coverage.covered} of ${coverage.total} outcomes taken`;
  const missing = coverage.missing.map((m) => `${m.nodeId} → ${m.outcome}`);
  return pc.dim(missing.length === 0 ? head : `${head}; not taken: ${missing.join(', ')}`);
}
