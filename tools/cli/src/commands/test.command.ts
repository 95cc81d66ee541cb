import { parseArgs } from 'node:util';
import {
  formatTestResult,
  outcomeCoverage,
  runConversationTest,
  toTestResult,
  type ConversationTest,
  type TestResult,
} from '@parley/conversation-tests';
import type { TraceEntry } from '@parley/engine';
import pc from 'picocolors';
import {
  readConversationTestFile,
  readEmbeddedTests,
} from '../conversation-tests/conversation-test-file.reader';
import { loadBot } from '../io/load-bot';
import type { CommandIo } from './command-io';
import { remoteTestCommand } from './remote-test.command';
import { printSummary, terminalStyle } from './test-summary.output';

/** `parley test --help`. */
export const testUsage = `Usage: parley test BOT.json [TESTS.yaml|TESTS.json ...]
       parley test --server URL --bot BOT_ID [--env NAME | --draft] [--api-key KEY]

Runs conversation tests against a bot and ends with "N passed, N failed".
BOT.json is a bot document or an export file (its draft is tested).
Without a tests file, runs the tests in the bot document's "tests" section.
With --server, a running Parley runtime runs the tests stored with the bot:
those of the version in an environment (--env, default staging), or of the
draft (--draft). The key comes from --api-key or PARLEY_API_KEY (any role).
  --server URL        the runtime (default: PARLEY_URL)
  --bot BOT_ID        the bot whose stored tests run
  --env NAME          the environment whose version is tested (default: staging)
  --draft             test the draft instead
  --api-key KEY       an API key (default: PARLEY_API_KEY)
  --token TOKEN       an access token instead of a key (default: PARLEY_TOKEN)
Exits 1 when a test fails or a tests file is invalid (then nothing runs).
The format is described in docs/conversation-tests.md.`;

/** `parley test`: exit 0 when every test passed, 1 otherwise, 2 on bad usage. */
export async function testCommand(args: readonly string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parseTestArgs>;
  try {
    parsed = parseTestArgs(args);
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)}\n\n${testUsage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.server !== undefined || values.bot !== undefined) {
    if (positionals.length > 0) {
      io.error(`Give a bot file or --server with --bot, not both.\n\n${testUsage}`);
      return 2;
    }
    return remoteTestCommand(values, io, testUsage);
  }
  if (values.env !== undefined || values.draft !== undefined) {
    io.error(`--env and --draft need --server and --bot.\n\n${testUsage}`);
    return 2;
  }
  return fileTestCommand(positionals, io);
}

function parseTestArgs(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      server: { type: 'string' },
      bot: { type: 'string' },
      env: { type: 'string' },
      draft: { type: 'boolean' },
      'api-key': { type: 'string' },
      token: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
}

/** `parley test BOT.json [TESTS…]`: the tests run here. */
async function fileTestCommand(files: string[], io: CommandIo): Promise<number> {
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
  const results: TestResult[] = [];
  const traces: TraceEntry[] = [];
  for (const suite of suites) {
    io.out(pc.bold(suite.file));
    for (const test of suite.tests) {
      const started = performance.now();
      const report = await runConversationTest(bot.doc, test);
      const result = toTestResult(report, Math.round(performance.now() - started));
      traces.push(...report.trace);
      results.push(result);
      io.out(formatTestResult(result, terminalStyle));
    }
  }
  return printSummary(io, results, outcomeCoverage(bot.doc, traces));
}
