import {
  outboundMessageSchema,
  runTurn,
  sessionStateSchema,
  type EngineHost,
  type SessionState,
  type TurnResult,
} from '@parley/engine';
import { parseBotDocument, validateBot, type BotDocument } from '@parley/flow';
import { nodeCatalog, nodeKinds } from '@parley/nodes';
import fc from 'fast-check';
import { randomBotArbitrary } from './arbitraries/random-bot.arbitrary';
import {
  concreteEvent,
  eventSpecArbitrary,
  startEventArbitrary,
  timerDue,
  type EventSpec,
} from './arbitraries/random-events.arbitrary';
import {
  portPlanArbitrary,
  portScriptFor,
  type PortPlan,
} from './arbitraries/random-ports.arbitrary';
import { SENTINEL } from './arbitraries/random-values.arbitrary';
import { defaultExecutors } from './default-executors';
import { createTestPorts } from './test-ports';

/**
 * Turns of these bots take milliseconds; the bound only has to tell a hang from a
 * slow turn on a loaded 2-core machine, so it is generous.
 */
const TURN_MS = 10_000;
const NUM_RUNS = 200;

/** What the runs covered, so the property cannot pass by testing nothing. */
const stats = {
  generated: 0,
  kept: 0,
  turns: 0,
  /** Turns whose messages echo customer text such as `{{ vars.sentinel }}` (literally). */
  echoes: 0,
  kindsRun: new Set<string>(),
  rejected: new Array<string>(),
};

async function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the turn did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function checkTurn(doc: BotDocument, result: TurnResult): void {
  const steps = result.trace.filter((entry) => entry.type === 'step');
  for (const step of steps) stats.kindsRun.add(step.kind);
  expect(steps.length).toBeLessThanOrEqual(doc.settings.maxStepsPerTurn);
  expect(['waiting', 'handoff', 'idle', 'ended']).toContain(result.status);
  expect(result.state.status).toBe(result.status);
  const copy: unknown = JSON.parse(JSON.stringify(result.state));
  expect(copy).toStrictEqual(result.state);
  expect(sessionStateSchema.parse(copy)).toStrictEqual(result.state);
  for (const message of result.messages) outboundMessageSchema.parse(message);
  // Nothing the bot says reads vars.sentinel: its value in a message means data was evaluated.
  const said = JSON.stringify(result.messages);
  expect(said).not.toContain(SENTINEL);
  if (said.includes('vars.sentinel')) stats.echoes += 1;
  expect(Object.prototype).not.toHaveProperty('polluted');
}

async function converse(doc: BotDocument, specs: readonly EventSpec[], plan: PortPlan) {
  const ports = createTestPorts(portScriptFor(plan));
  const host: EngineHost = { executors: defaultExecutors, ports };
  let state: SessionState | null = null;
  for (const spec of specs) {
    const event = concreteEvent(spec, state);
    const due = timerDue(event, state);
    if (due !== undefined && due > ports.clock.now()) ports.clock.set(due);
    const result: TurnResult = await withinTime(runTurn(doc, state, event, host), TURN_MS);
    checkTurn(doc, result);
    stats.turns += 1;
    state = result.state;
  }
}

describe('runTurn with the real executors on random valid bots', () => {
  it('never throws, hangs, exceeds the step limit, breaks the state or evaluates customer text', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomBotArbitrary,
        startEventArbitrary,
        fc.array(eventSpecArbitrary, { minLength: 1, maxLength: 8 }),
        portPlanArbitrary,
        async (raw, start, specs, plan) => {
          stats.generated += 1;
          const errors = validateBot(raw, nodeCatalog).filter((p) => p.severity === 'error');
          if (errors.length > 0) {
            stats.rejected.push(errors.map((problem) => problem.message).join(' | '));
            return;
          }
          const parsed = parseBotDocument(raw);
          if (!parsed.ok) throw new Error('validateBot accepted a document that does not parse');
          stats.kept += 1;
          await converse(parsed.doc, [start, ...specs], plan);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    // Most random bots must be valid, every kind must really have run, and customer
    // templates must have reached messages (literally), or the checks above prove little.
    if (stats.kept < stats.generated * 0.5) {
      throw new Error(
        `Only ${stats.kept} of ${stats.generated} random bots validate; e.g. ${stats.rejected[0] ?? ''}`,
      );
    }
    expect(stats.turns).toBeGreaterThanOrEqual(stats.kept * 2);
    const missing = nodeKinds.filter((kind) => !stats.kindsRun.has(kind));
    expect(missing).toEqual([]);
    expect(stats.echoes).toBeGreaterThan(0);
  }, 120_000);
});
