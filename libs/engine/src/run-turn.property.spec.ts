import fc from 'fast-check';
import type { EngineHost } from './engine-host';
import type { InboundEvent } from './events';
import { runTurn } from './run-turn';
import { sessionStateSchema, type SessionState } from './session-state';
import {
  createFakePorts,
  testDocument,
  testExecutors,
  type TestEdge,
  type TestFlow,
  type TestNode,
} from './testing';

const flowIds = ['f0', 'f1', 'f2'];
const outcomes = ['next', 'yes', 'no', 'timeout', 'resumed', 'error', 'found'];
const maxSteps = 40;

const nodeSpec: fc.Arbitrary<[string, Record<string, unknown>]> = fc.oneof(
  fc.constant(['say', { text: 'hi {{ vars.x }}' }] as [string, Record<string, unknown>]),
  fc
    .option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined })
    .map(
      (timeoutMs) => ['waitFor', { variable: 'x', timeoutMs }] as [string, Record<string, unknown>],
    ),
  fc
    .constantFrom(
      'vars.x = "a"',
      '$exists(vars.x)',
      'vars.n > 2',
      'input.text',
      '$count(vars.list) > 1',
      'vars.x +',
    )
    .map((when) => ['branch', { when }] as [string, Record<string, unknown>]),
  fc
    .constantFrom('$exists(vars.n) ? vars.n + 1 : 1', 'input.text', '[1, 2, 3]')
    .map((value) => ['assign', { variable: 'n', value }] as [string, Record<string, unknown>]),
  fc
    .constantFrom(...flowIds, 'missing')
    .map(
      (flowId) =>
        ['callFlow', { flowId, args: { x: '"arg"' }, results: [{ variable: 'r', from: 'x' }] }] as [
          string,
          Record<string, unknown>,
        ],
    ),
  fc
    .constantFrom(...flowIds, 'missing')
    .map((flowId) => ['jumpTo', { flowId }] as [string, Record<string, unknown>]),
  fc.constant(['finish', {}] as [string, Record<string, unknown>]),
  fc.constant(['returnFlow', {}] as [string, Record<string, unknown>]),
  fc.constant(['fail', {}] as [string, Record<string, unknown>]),
  fc.constant(['teleport', {}] as [string, Record<string, unknown>]),
  fc.constant(['handoffTo', {}] as [string, Record<string, unknown>]),
  fc.constant(['say', { text: 42 }] as [string, Record<string, unknown>]),
);

const flowArb = (id: string): fc.Arbitrary<TestFlow> =>
  fc.array(nodeSpec, { minLength: 1, maxLength: 6 }).chain((specs) => {
    const ids = ['s', ...specs.map((_, index) => `n${index}`)];
    const nodes: TestNode[] = [
      ['s', 'start'],
      ...specs.map(([kind, data], index): TestNode => [`n${index}`, kind, data]),
    ];
    const edgeArb = fc.array(
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...outcomes), fc.constantFrom(...ids)),
      { maxLength: 14 },
    );
    return edgeArb.map((random): TestFlow => {
      const edges: TestEdge[] = [['s', 'next', ids[1] ?? 's'], ...random];
      return { id, nodes, edges, returns: ['x'] };
    });
  });

type EventSpec = InboundEvent | { type: 'pending-timer' };
const eventArb: fc.Arbitrary<EventSpec> = fc.oneof(
  fc.constantFrom('a', 'b', '{{ vars.x }}', '').map((text): EventSpec => ({ type: 'text', text })),
  fc.constantFrom('p', 'q').map((payload): EventSpec => ({ type: 'button', payload })),
  fc.constant<EventSpec>({ type: 'pending-timer' }),
  fc.constant<EventSpec>({ type: 'timer', timerId: 'nope' }),
  fc.constant<EventSpec>({ type: 'agent-handback', vars: { x: 'agent' } }),
  fc.constant<EventSpec>({ type: 'start' }),
);

function concrete(spec: EventSpec, state: SessionState | null): InboundEvent {
  if (spec.type !== 'pending-timer') return spec;
  return { type: 'timer', timerId: state?.waiting?.timers[0]?.id ?? 'none' };
}

describe('runTurn on random documents and events', () => {
  it('never throws, never exceeds the step limit, never hangs, and keeps state JSON-safe', async () => {
    const host: EngineHost = {
      executors: testExecutors,
      ports: createFakePorts(),
      options: { maxSteps },
    };
    const docArb = fc
      .tuple(flowArb('f0'), flowArb('f1'), flowArb('f2'), fc.integer({ min: 1, max: 3 }))
      .map(([a, b, c, count]) =>
        testDocument([a, b, c].slice(0, count), {
          variables: [{ name: 'list', type: 'list', default: [1, 2] }],
        }),
      );
    await fc.assert(
      fc.asyncProperty(
        docArb,
        fc.array(eventArb, { minLength: 1, maxLength: 8 }),
        async (doc, events) => {
          const started = performance.now();
          let state: SessionState | null = null;
          for (const spec of events) {
            const result = await runTurn(doc, state, concrete(spec, state), host);
            expect(
              result.trace.filter((entry) => entry.type === 'step').length,
            ).toBeLessThanOrEqual(maxSteps);
            expect(['waiting', 'handoff', 'idle', 'ended']).toContain(result.status);
            expect(result.state.status).toBe(result.status);
            const copy: unknown = JSON.parse(JSON.stringify(result.state));
            expect(copy).toStrictEqual(result.state);
            expect(sessionStateSchema.parse(copy)).toStrictEqual(result.state);
            if (result.status === 'waiting' || result.status === 'handoff') {
              expect(result.state.waiting?.nodeId).toBe(result.state.stack.at(-1)?.nodeId);
            } else {
              expect(result.state.stack).toEqual([]);
            }
            state = result.state;
          }
          expect(performance.now() - started).toBeLessThan(5_000);
        },
      ),
      { numRuns: 200 },
    );
  });
});
