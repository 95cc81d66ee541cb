import { z } from 'zod';
import type { EngineHost } from '../engine-host';
import { defineExecutor, type ExecutorCatalog } from '../executor';
import { converse, createFakePorts, testDocument, testExecutors, textsOf } from '../testing';

/** A flow where `bad` is followed by `next` → `ok`, and optionally `error` → `handled`. */
function docWith(bad: [string, string, Record<string, unknown>?], withErrorEdge: boolean) {
  return testDocument([
    {
      id: 'main',
      nodes: [
        ['s', 'start'],
        ['bad', bad[1], bad[2]],
        ['ok', 'say', { text: 'fine' }],
        ['handled', 'say', { text: 'handled: {{ vars.x }}' }],
        ['wait', 'waitFor'],
      ],
      edges: [
        ['s', 'next', 'bad'],
        ['bad', 'next', 'ok'],
        ['ok', 'next', 'wait'],
        ['handled', 'next', 'wait'],
        ...(withErrorEdge ? [['bad', 'error', 'handled'] as [string, string, string]] : []),
      ],
    },
  ]);
}

const weird: ExecutorCatalog = {
  ...testExecutors,
  garbage: defineExecutor(z.object({}), {
    // A plain-JavaScript executor returning nonsense.
    run: () => JSON.parse('{"type":"teleport"}') as never,
  }),
  badState: defineExecutor(z.object({}), {
    run: () => ({ type: 'wait', nodeState: JSON.parse('{"f":1}') as never, timers: [] }),
  }),
};

async function firstTurn(bad: [string, string, Record<string, unknown>?], withErrorEdge: boolean) {
  const host: EngineHost = { executors: weird, ports: createFakePorts() };
  const [result] = await converse(docWith(bad, withErrorEdge), [{ type: 'start' }], host);
  return result!;
}

describe('node errors', () => {
  it.each([
    ['an unknown kind', ['bad', 'teleport'], 'unknown node kind "teleport"'],
    [
      'a kind named like an Object property',
      ['bad', 'constructor'],
      'unknown node kind "constructor"',
    ],
    ['invalid settings', ['bad', 'say', { text: 42 }], 'invalid settings: text:'],
    ['an executor that throws', ['bad', 'fail', { message: 'kaput' }], 'the node failed: kaput'],
    ['an invalid result', ['bad', 'garbage'], 'the executor returned no valid result'],
    ['an expression error', ['bad', 'branch', { when: 'vars.x +' }], 'the node failed:'],
  ] as const)(
    'turns %s into the fallback and idle when there is no error edge',
    async (_name, bad, reason) => {
      const result = await firstTurn([...bad], false);
      expect(textsOf([result])).toEqual(["Sorry, I didn't get that."]);
      expect(result.status).toBe('idle');
      expect(result.trace).toContainEqual(
        expect.objectContaining({
          type: 'step',
          nodeId: 'bad',
          result: 'error',
          error: expect.stringContaining(reason),
        }),
      );
      expect(result.trace.at(-1)).toMatchObject({ type: 'note', code: 'fallback', nodeId: 'bad' });
    },
  );

  it('takes the error edge when the node has one', async () => {
    const result = await firstTurn(['bad', 'fail', { message: 'kaput' }], true);
    expect(textsOf([result])).toEqual(['handled: ']);
    expect(result.status).toBe('waiting');
  });

  it('refuses node state that is not JSON', async () => {
    const host: EngineHost = {
      executors: {
        ...weird,
        badState: defineExecutor(z.object({}), {
          run: () => ({ type: 'wait', nodeState: { f: (() => 1) as never } }),
        }),
      },
      ports: createFakePorts(),
    };
    const [result] = await converse(docWith(['bad', 'badState'], false), [{ type: 'start' }], host);
    expect(result!.status).toBe('idle');
    expect(result!.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'bad',
        error: expect.stringContaining('node state is not JSON'),
      }),
    );
  });

  it('sends the fallback for an outcome without an edge', async () => {
    const doc = testDocument([
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          ['b', 'branch', { when: 'false' }],
        ],
        edges: [['s', 'next', 'b']],
      },
    ]);
    const [result] = await converse(doc, [{ type: 'start' }], {
      executors: testExecutors,
      ports: createFakePorts(),
    });
    expect(result!.trace).toContainEqual(
      expect.objectContaining({ code: 'missing-edge', nodeId: 'b' }),
    );
    expect(textsOf([result!])).toEqual(["Sorry, I didn't get that."]);
  });
});
