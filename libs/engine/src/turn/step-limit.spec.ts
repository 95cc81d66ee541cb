import type { EngineHost } from '../engine-host';
import { converse, createFakePorts, testDocument, testExecutors, textsOf } from '../testing';

describe('step limit', () => {
  const loop = testDocument(
    [
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          ['count', 'assign', { variable: 'n', value: '$exists(vars.n) ? vars.n + 1 : 1' }],
          ['again', 'branch', { when: 'true' }],
        ],
        edges: [
          ['s', 'next', 'count'],
          ['count', 'next', 'again'],
          ['again', 'yes', 'count'],
        ],
      },
    ],
    { settings: { maxStepsPerTurn: 50 } },
  );
  const host: EngineHost = { executors: testExecutors, ports: createFakePorts() };

  it('ends a cycle without waits in an error note, the fallback and idle, without hanging', async () => {
    const [result] = await converse(loop, [{ type: 'start' }], host);
    const steps = result!.trace.filter((entry) => entry.type === 'step');
    expect(steps).toHaveLength(50);
    expect(result!.trace).toContainEqual(
      expect.objectContaining({
        type: 'note',
        code: 'step-limit',
        nodeId: 'count',
        message: expect.stringContaining('last ran node count of flow main (next would be again)'),
      }),
    );
    expect(textsOf([result!])).toEqual(["Sorry, I didn't get that."]);
    expect(result!.status).toBe('idle');
    expect(result!.state.vars.n).toBe(25);
  });

  it('uses the host override of the limit, and counts per turn', async () => {
    const [first, second] = await converse(
      loop,
      [{ type: 'start' }, { type: 'text', text: 'hi' }],
      {
        ...host,
        options: { maxSteps: 10, trace: false },
      },
    );
    expect(first!.trace.filter((entry) => entry.type === 'step')).toHaveLength(0);
    expect(first!.trace).toContainEqual(expect.objectContaining({ code: 'step-limit' }));
    expect(first!.state.vars.n).toBe(5);
    expect(second!.state.vars.n).toBe(10);
  });
});
