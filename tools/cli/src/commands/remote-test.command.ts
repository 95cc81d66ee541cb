import { formatTestResult, type TestResult } from '@parley/conversation-tests';
import pc from 'picocolors';
import { z } from 'zod';
import { explainFailure } from '../remote/explain-failure';
import { callRuntime } from '../remote/runtime-client';
import { resolveConnection } from '../remote/runtime-connection';
import type { CommandIo } from './command-io';
import { printSummary, terminalStyle } from './test-summary.output';

/** The options `parley test --server` reads. */
export interface RemoteTestArgs {
  server?: string;
  bot?: string;
  env?: string;
  draft?: boolean;
  'api-key'?: string;
  token?: string;
}

/**
 * The parts of the run API's answer the report needs; the rest (traces, the per-flow
 * coverage) passes through unchecked. Tests are printed by the same formatter as
 * tests run here, so the report reads the same either way.
 */
const runAnswerSchema = z.object({
  target: z.looseObject({ kind: z.string() }),
  summary: z.object({ total: z.number(), passed: z.number(), failed: z.number() }),
  tests: z.array(
    z.looseObject({
      name: z.string(),
      passed: z.boolean(),
      turns: z.array(z.looseObject({ index: z.number(), passed: z.boolean() })),
    }),
  ),
  coverage: z.object({
    covered: z.number(),
    total: z.number(),
    missing: z.array(z.object({ flowId: z.string(), nodeId: z.string(), outcome: z.string() })),
  }),
});

/**
 * `parley test --server URL --bot ID [--env NAME | --draft]`: the runtime runs the
 * bot's stored tests (`POST /bots/:id/tests/run`); exit 0 when all passed, 1 when one
 * failed or the runtime said no, 2 on bad usage.
 */
export async function remoteTestCommand(
  values: RemoteTestArgs,
  io: CommandIo,
  usage: string,
): Promise<number> {
  if (values.bot === undefined || values.bot.trim() === '') {
    io.error(`--bot BOT_ID is needed with --server.\n\n${usage}`);
    return 2;
  }
  if (values.draft === true && values.env !== undefined) {
    io.error(`Give --env or --draft, not both.\n\n${usage}`);
    return 2;
  }
  const resolved = resolveConnection(
    { url: values.server, 'api-key': values['api-key'], token: values.token },
    process.env,
  );
  if (!resolved.ok) {
    io.error(`${resolved.message}\n\n${usage}`);
    return 2;
  }
  const { connection } = resolved;
  const environment = values.env ?? 'staging';
  const body = values.draft === true ? { target: 'draft' } : { target: 'environment', environment };
  const reply = await callRuntime(
    connection,
    'POST',
    `/bots/${encodeURIComponent(values.bot.trim())}/tests/run`,
    body,
  );
  if (!reply.reached) {
    io.error(reply.message);
    return 1;
  }
  if (reply.status !== 200) {
    for (const line of explainFailure(connection, reply.status, reply.body, 'run the bot tests'))
      io.error(line);
    return 1;
  }
  const answer = runAnswerSchema.safeParse(reply.body);
  if (!answer.success) {
    io.error(`The runtime at ${connection.url} answered with something that is not a test run.`);
    return 1;
  }
  const { tests, coverage } = answer.data;
  const what =
    values.draft === true ? 'the draft' : `${environment}${versionOf(answer.data.target)}`;
  if (tests.length === 0) {
    io.error(`Bot ${values.bot}: ${what} has no stored tests; add some in the studio first.`);
    return 1;
  }
  io.out(pc.bold(`bot ${values.bot}, ${what} (${connection.url})`));
  // Checked above for what the report reads; the rest is the runtime's own TestResult.
  for (const test of tests) io.out(formatTestResult(test as unknown as TestResult, terminalStyle));
  return printSummary(io, tests, coverage);
}

function versionOf(target: { kind: string; number?: unknown }): string {
  return typeof target.number === 'number' ? ` (version ${target.number})` : '';
}
