/**
 * `npm run bench:engine`: how fast the engine runs a large bot, tracing on.
 * A generated 1,001-node flow (two thirds of its working nodes evaluate JSONata,
 * the rest render templates) is driven by customer messages; each message runs a
 * 20-node turn. Prints one JSON line: node steps per second over all turns, and
 * the median and p99 time of a 20-node turn.
 */
import { type SessionState, runTurn } from '@parley/engine';
import { validateBot } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { nodeExecutors } from '@parley/nodes/executors';
import { createTestPorts } from '@parley/testing';
import { generateBenchBot } from './generate-bench-bot';
import { percentile } from '../percentile';

const SEGMENTS = 50;
const WARMUP_TURNS = 500;
const MEASURED_TURNS = Number(process.env.BENCH_TURNS ?? 10_000);

const doc = generateBenchBot(SEGMENTS);
const errors = validateBot(doc, nodeCatalog).filter((p) => p.severity === 'error');
if (errors.length > 0)
  throw new Error(`bench bot is invalid: ${JSON.stringify(errors.slice(0, 3))}`);

const host = { executors: nodeExecutors, ports: createTestPorts(), options: { trace: true } };
let state: SessionState = (await runTurn(doc, null, { type: 'start' }, host)).state;

async function turn(): Promise<{ ms: number; steps: number }> {
  const started = process.hrtime.bigint();
  const result = await runTurn(doc, state, { type: 'text', text: 'go' }, host);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  state = result.state;
  return { ms, steps: result.trace.filter((entry) => entry.type === 'step').length };
}

for (let i = 0; i < WARMUP_TURNS; i++) await turn();

const durations: number[] = [];
let steps = 0;
const wallStart = process.hrtime.bigint();
for (let i = 0; i < MEASURED_TURNS; i++) {
  const t = await turn();
  durations.push(t.ms);
  steps += t.steps;
}
const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;

console.log(
  JSON.stringify({
    bench: 'engine',
    nodes: doc.flows[0]?.nodes.length,
    turns: MEASURED_TURNS,
    stepsPerTurn: steps / MEASURED_TURNS,
    nodeStepsPerSecond: Math.round(steps / (wallMs / 1000)),
    turnMedianMs: round(percentile(durations, 0.5)),
    turnP99Ms: round(percentile(durations, 0.99)),
    tracing: true,
    node: process.version,
  }),
);

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
