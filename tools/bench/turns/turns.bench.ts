/**
 * `npm run bench:turns`: chat turns per second through the whole runtime (HTTP,
 * auth, engine, PostgreSQL) against a bare Fastify + pg server that does one
 * INSERT per request on the same database with the same pool size. 200
 * connections, each bound to its own conversation, post messages for 20 s to the
 * production build running a 10-node rule bot; then the same load on the bare
 * server. Prints one JSON line on stdout (progress goes to stderr). Exits 0
 * whether or not the targets are met, 1 when the run fails (the runtime does not
 * start, a setup call fails, more than 1% of requests fail).
 * Env: BENCH_DATABASE_URL, BENCH_DURATION_S (20), BENCH_WARMUP_S (3).
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { openConversations, setUpBenchBot } from './bot-setup';
import { type LoadOptions, type LoadResult, runLoad } from './load-run';
import { progressFor } from '../shared/progress';
import { resetDatabase } from '../shared/reset-database';
import { startRuntime } from '../shared/runtime-process';
import { startBareServer } from './start-bare-server';

// BENCH_CONNECTIONS lowers it to see the cost of one turn without queueing (e.g. 1).
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
// Unmeasured load first, so both servers are measured with warm JITs and pools.
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parley_bench_turns';
const TARGETS = { ratio: 0.5, p99Ms: 25 };
const MAX_ERROR_SHARE = 0.01;
// Both servers receive these bytes: what a customer types, and what the bare server stores.
const MESSAGE_BODY = JSON.stringify({ text: 'Where is my order? It should have come yesterday.' });
const repoRoot = resolve(import.meta.dirname, '../../..');
const progress = progressFor('turns');

try {
  process.exitCode = await run();
} catch (error) {
  progress(`run failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

/** Measures both servers, prints the result line; 1 when either load saw too many errors. */
async function run(): Promise<number> {
  progress(`resetting ${new URL(DATABASE_URL).pathname.slice(1)}`);
  await resetDatabase(DATABASE_URL);
  const turns = await measureRuntime();
  const bare = await measureBare();
  const ratio = round(turns.reqPerSec / bare.reqPerSec, 3);
  console.log(
    JSON.stringify({
      bench: 'turns',
      durationS: DURATION_S,
      connections: CONNECTIONS,
      turnsPerSec: turns.reqPerSec,
      p50Ms: turns.p50Ms,
      p99Ms: turns.p99Ms,
      bare: { reqPerSec: bare.reqPerSec, p50Ms: bare.p50Ms, p99Ms: bare.p99Ms },
      ratio,
      errors: turns.errors,
      targets: TARGETS,
      met: ratio >= TARGETS.ratio && turns.p99Ms <= TARGETS.p99Ms,
    }),
  );
  let exitCode = 0;
  for (const [name, result] of [
    ['runtime', turns],
    ['bare server', bare],
  ] as const) {
    const total = result.ok + result.errors;
    if (result.errors > MAX_ERROR_SHARE * total) {
      progress(
        `run failed: the ${name} answered ${result.errors} of ${total} requests with errors`,
      );
      exitCode = 1;
    }
  }
  return exitCode;
}

/** The runtime's turns per second: log in, import and publish the bot, open conversations, load. */
async function measureRuntime(): Promise<LoadResult> {
  const admin = { email: 'bench@parley.test', password: randomBytes(18).toString('base64url') };
  progress('building and starting the runtime');
  const runtime = await startRuntime({ repoRoot, databaseUrl: DATABASE_URL, admin, name: 'turns' });
  try {
    const botId = await setUpBenchBot(runtime.url, admin);
    progress(`bot ${botId} published; opening ${CONNECTIONS} conversations`);
    const conversations = await openConversations(runtime.url, botId, CONNECTIONS);
    return await measure('runtime', {
      url: runtime.url,
      requestFor: (index) => {
        const conversation = conversations[index];
        if (!conversation) throw new Error(`no conversation for connection ${index}`);
        return {
          path: `/api/v1/bots/${botId}/conversations/${conversation.conversationId}/messages`,
          headers: { authorization: `Bearer ${conversation.token}` },
          body: MESSAGE_BODY,
        };
      },
    });
  } finally {
    await runtime.stop();
  }
}

/** The bare server's requests per second under the same load. */
async function measureBare(): Promise<LoadResult> {
  progress('starting the bare server');
  const server = await startBareServer(repoRoot, DATABASE_URL);
  try {
    return await measure('bare server', {
      url: server.url,
      requestFor: () => ({ path: '/messages', body: MESSAGE_BODY }),
    });
  } finally {
    await server.stop();
  }
}

async function measure(
  name: string,
  target: Pick<LoadOptions, 'url' | 'requestFor'>,
): Promise<LoadResult> {
  const load = { ...target, connections: CONNECTIONS };
  if (WARMUP_S > 0) {
    progress(`${name}: warming up for ${WARMUP_S} s`);
    await runLoad({ ...load, durationS: WARMUP_S });
  }
  progress(`${name}: ${CONNECTIONS} connections for ${DURATION_S} s`);
  const result = await runLoad({ ...load, durationS: DURATION_S });
  progress(
    `${name}: ${result.reqPerSec} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
      `${result.errors} errors, statuses ${JSON.stringify(result.statusCodes)}`,
  );
  return result;
}

function round(n: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(n * factor) / factor;
}
