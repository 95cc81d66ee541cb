import type { EngineHost } from '../engine-host';
import { converse, createFakePorts, testDocument, testExecutors, textsOf } from '../testing';

const host = (): EngineHost => ({ executors: testExecutors, ports: createFakePorts() });

describe('flow stack: call, return and jump', () => {
  const doc = testDocument(
    [
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          [
            'callGreet',
            'callFlow',
            {
              flowId: 'greet',
              args: { who: 'vars.name & "!"' },
              results: [{ variable: 'answer', from: 'reply' }],
            },
          ],
          ['after', 'say', { text: 'Back in main with {{ vars.answer }}.' }],
          ['done', 'returnFlow'],
        ],
        edges: [
          ['s', 'next', 'callGreet'],
          ['callGreet', 'next', 'after'],
          ['after', 'next', 'done'],
        ],
      },
      {
        id: 'greet',
        parameters: ['who'],
        returns: ['reply'],
        nodes: [
          ['gs', 'start'],
          ['hello', 'say', { text: 'Hello {{ vars.who }}' }],
          ['ask', 'waitFor', { variable: 'reply' }],
          ['toTail', 'jumpTo', { flowId: 'tail' }],
        ],
        edges: [
          ['gs', 'next', 'hello'],
          ['hello', 'next', 'ask'],
          ['ask', 'next', 'toTail'],
        ],
      },
      {
        id: 'tail',
        nodes: [
          ['ts', 'start'],
          ['bye', 'say', { text: 'Tail says bye.' }],
          ['ret', 'returnFlow'],
        ],
        edges: [
          ['ts', 'next', 'bye'],
          ['bye', 'next', 'ret'],
        ],
      },
    ],
    { variables: [{ name: 'name', type: 'string', default: 'Ann' }] },
  );

  it('calls a flow with arguments, waits inside it, and returns its results to the caller', async () => {
    const [first, second] = await converse(
      doc,
      [{ type: 'start' }, { type: 'text', text: 'fine' }],
      host(),
    );
    expect(textsOf([first!])).toEqual(['Hello Ann!']);
    expect(first!.state.stack).toEqual([
      { flowId: 'main', nodeId: 'callGreet' },
      {
        flowId: 'greet',
        nodeId: 'ask',
        callerNodeId: 'callGreet',
        results: [{ variable: 'answer', from: 'reply' }],
      },
    ]);
    expect(first!.state.vars).toMatchObject({ who: 'Ann!' });
    // The jump keeps the frame's caller, so the tail flow's return goes back to main.
    expect(textsOf([second!])).toEqual(['Tail says bye.', 'Back in main with fine.']);
    expect(second!.state.vars).toMatchObject({ answer: 'fine', reply: 'fine' });
  });

  it('goes idle when the main flow returns, and the next message restarts it keeping variables', async () => {
    const results = await converse(
      doc,
      [{ type: 'start' }, { type: 'text', text: 'fine' }, { type: 'text', text: 'again' }],
      host(),
    );
    expect(results[1]!.status).toBe('idle');
    expect(results[1]!.state.stack).toEqual([]);
    expect(results[1]!.trace).toContainEqual(
      expect.objectContaining({ type: 'note', code: 'flow-returned' }),
    );
    const third = results[2]!;
    expect(third.trace[0]).toMatchObject({ type: 'note', code: 'restart' });
    expect(textsOf([third])).toEqual(['Hello Ann!']);
    expect(third.state.vars).toMatchObject({ answer: 'fine' });
    expect(third.status).toBe('waiting');
  });

  it('takes the error path when the called flow does not exist', async () => {
    const broken = testDocument([
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          ['call', 'callFlow', { flowId: 'nowhere' }],
          ['oops', 'say', { text: 'Could not call.' }],
          ['end', 'returnFlow'],
        ],
        edges: [
          ['s', 'next', 'call'],
          ['call', 'error', 'oops'],
          ['oops', 'next', 'end'],
        ],
      },
    ]);
    const [result] = await converse(broken, [{ type: 'start' }], host());
    expect(textsOf([result!])).toEqual(['Could not call.']);
    expect(result!.trace).toContainEqual(
      expect.objectContaining({
        type: 'step',
        nodeId: 'call',
        result: 'call',
        error: 'flow "nowhere" does not exist',
      }),
    );
  });

  it('stops runaway recursion of flow calls', async () => {
    const recursive = testDocument([
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          ['again', 'callFlow', { flowId: 'main' }],
        ],
        edges: [['s', 'next', 'again']],
      },
    ]);
    const [result] = await converse(recursive, [{ type: 'start' }], host());
    expect(result!.status).toBe('idle');
    expect(textsOf([result!])).toEqual(["Sorry, I didn't get that."]);
    expect(result!.trace).toContainEqual(
      expect.objectContaining({
        type: 'note',
        code: 'fallback',
        message: expect.stringContaining('nested deeper'),
      }),
    );
  });
});
