import { runTurn } from './run-turn';
import { converse, createFakePorts, testDocument, testExecutors, textsOf } from './testing';
import type { EngineHost } from './engine-host';

const host = (): EngineHost => ({ executors: testExecutors, ports: createFakePorts() });

describe('runTurn: outcomes, waits and ends', () => {
  const doc = testDocument(
    [
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          ['hello', 'say', { text: 'Hello! What is your name?' }],
          ['ask', 'waitFor', { variable: 'name' }],
          ['check', 'branch', { when: 'vars.name = "Ann"' }],
          ['hiAnn', 'say', { text: 'Welcome back, {{ vars.name }}.' }],
          ['hiOther', 'say', { text: 'Nice to meet you, {{ $uppercase(vars.name) }}.' }],
          ['bye', 'finish', { status: 'resolved' }],
        ],
        edges: [
          ['s', 'next', 'hello'],
          ['hello', 'next', 'ask'],
          ['ask', 'next', 'check'],
          ['check', 'yes', 'hiAnn'],
          ['check', 'no', 'hiOther'],
          ['hiAnn', 'next', 'bye'],
          ['hiOther', 'next', 'bye'],
        ],
      },
    ],
    { variables: [{ name: 'name', type: 'string' }] },
  );

  it('follows the edge of each outcome, waits for input and resumes', async () => {
    const [first, second] = await converse(
      doc,
      [{ type: 'start' }, { type: 'text', text: 'Bob' }],
      host(),
    );
    expect(textsOf([first!])).toEqual(['Hello! What is your name?']);
    expect(first!.status).toBe('waiting');
    expect(first!.state.waiting).toMatchObject({
      flowId: 'main',
      nodeId: 'ask',
      nodeState: { asked: true },
    });
    expect(textsOf([second!])).toEqual(['Nice to meet you, BOB.']);
    expect(second!.status).toBe('ended');
    expect(second!.state.endStatus).toBe('resolved');
    expect(second!.messages.at(-1)).toEqual({
      type: 'end',
      status: 'resolved',
      nodeId: 'bye',
      flowId: 'main',
    });
    expect(second!.state.vars).toEqual({ name: 'Bob' });
  });

  it('traces every step with its outcome and variable changes', async () => {
    const [, second] = await converse(
      doc,
      [{ type: 'start' }, { type: 'text', text: 'Ann' }],
      host(),
    );
    const steps = second!.trace.filter((entry) => entry.type === 'step');
    expect(steps.map((step) => [step.nodeId, step.phase, step.result, step.outcome])).toEqual([
      ['ask', 'resume', 'outcome', 'next'],
      ['check', 'run', 'outcome', 'yes'],
      ['hiAnn', 'run', 'outcome', 'next'],
      ['bye', 'run', 'end', undefined],
    ]);
    expect(steps[0]!.varsChanged).toEqual([{ name: 'name', after: 'Ann' }]);
  });

  it('starts nothing and says nothing after the conversation ended', async () => {
    const results = await converse(
      doc,
      [{ type: 'start' }, { type: 'text', text: 'Ann' }, { type: 'text', text: 'hello?' }],
      host(),
    );
    const last = results[2]!;
    expect(last.messages).toEqual([]);
    expect(last.status).toBe('ended');
    expect(last.trace).toEqual([
      expect.objectContaining({ type: 'note', code: 'event-after-end' }),
    ]);
    expect(last.state).toEqual(results[1]!.state);
  });

  it('returns state that survives a JSON round trip', async () => {
    const [first] = await converse(doc, [{ type: 'start' }], host());
    const copy = JSON.parse(JSON.stringify(first!.state));
    expect(copy).toStrictEqual(first!.state);
    const next = await runTurn(doc, copy, { type: 'text', text: 'Ann' }, host());
    expect(textsOf([next])).toEqual(['Welcome back, Ann.']);
  });
});
