import type { EngineHost } from '../engine-host';
import { runTurn } from '../run-turn';
import {
  converse,
  createFakeClock,
  createFakePorts,
  testDocument,
  testExecutors,
  textsOf,
} from '../testing';

const clock = createFakeClock();
const host: EngineHost = { executors: testExecutors, ports: createFakePorts({ clock }) };

const doc = testDocument([
  {
    id: 'main',
    nodes: [
      ['s', 'start'],
      ['ask', 'waitFor', { variable: 'answer', timeoutMs: 60_000 }],
      ['got', 'say', { text: 'Got {{ vars.answer }} ({{ input.payload }})' }],
      ['late', 'say', { text: 'Too slow.' }],
      ['agent', 'handoffTo', { queue: 'billing' }],
      ['back', 'say', { text: 'Bot again, ticket {{ vars.ticket }}' }],
      ['stop', 'returnFlow'],
    ],
    edges: [
      ['s', 'next', 'ask'],
      ['ask', 'next', 'got'],
      ['ask', 'timeout', 'late'],
      ['got', 'next', 'agent'],
      ['late', 'next', 'stop'],
      ['agent', 'resumed', 'back'],
      ['back', 'next', 'stop'],
    ],
  },
]);

describe('events', () => {
  it('schedules the waiting node’s timers and resumes it when one fires', async () => {
    const [first] = await converse(doc, [{ type: 'start' }], host);
    const timer = first!.state.waiting!.timers[0]!;
    expect(timer).toEqual({ id: 'ask:1:timeout', dueAt: clock.now() + 60_000 });
    const fired = await runTurn(doc, first!.state, { type: 'timer', timerId: timer.id }, host);
    expect(textsOf([fired])).toEqual(['Too slow.']);
  });

  it('ignores timers that are not pending for the waiting node', async () => {
    const [first] = await converse(doc, [{ type: 'start' }], host);
    const stale = await runTurn(
      doc,
      first!.state,
      { type: 'timer', timerId: 'ask:0:timeout' },
      host,
    );
    expect(stale.messages).toEqual([]);
    expect(stale.trace).toEqual([
      expect.objectContaining({ type: 'note', code: 'timer-ignored', nodeId: 'ask' }),
    ]);
    expect(stale.state).toEqual(first!.state);
  });

  it('hands a button press to the waiting node with its payload', async () => {
    const results = await converse(
      doc,
      [{ type: 'start' }, { type: 'button', payload: 'yes_please', text: 'Yes please' }],
      host,
    );
    expect(textsOf([results[1]!])).toEqual(['Got Yes please (yes_please)']);
    expect(results[1]!.messages.at(-1)).toEqual({
      type: 'handoff',
      queue: 'billing',
      nodeId: 'agent',
      flowId: 'main',
    });
    expect(results[1]!.status).toBe('handoff');
  });

  it('resumes a handoff when the agent hands back, applying the agent’s variables', async () => {
    const results = await converse(
      doc,
      [
        { type: 'start' },
        { type: 'text', text: 'x' },
        { type: 'text', text: 'are you there?' },
        { type: 'agent-handback', vars: { ticket: 'T-9' } },
      ],
      host,
    );
    expect(results[2]!.status).toBe('handoff');
    expect(textsOf([results[3]!])).toEqual(['Bot again, ticket T-9']);
    expect(results[3]!.status).toBe('idle');
  });

  it('reads a button press while idle as its payload typed as text', async () => {
    const results = await converse(
      doc,
      [
        { type: 'start' },
        { type: 'timer', timerId: 'ask:1:timeout' },
        { type: 'button', payload: 'restart' },
      ],
      host,
    );
    expect(results[1]!.status).toBe('idle');
    const restarted = results[2]!;
    expect(restarted.trace[0]).toMatchObject({ code: 'restart' });
    expect(restarted.status).toBe('waiting');
    expect(restarted.state.history.at(-1)).toEqual({ role: 'user', text: 'restart' });
  });

  it('ignores events that mean nothing in the current status', async () => {
    const [first] = await converse(doc, [{ type: 'start' }], host);
    for (const event of [{ type: 'start' }, { type: 'agent-handback' }] as const) {
      const ignored = await runTurn(doc, first!.state, event, host);
      expect(ignored.trace).toEqual([expect.objectContaining({ code: 'event-ignored' })]);
      expect(ignored.state).toEqual(first!.state);
    }
  });

  it('starts a new conversation with the start event’s variables, contact and locale', async () => {
    const zh = testDocument(
      [
        {
          id: 'main',
          nodes: [
            ['s', 'start'],
            [
              'hi',
              'say',
              { text: { en: 'Hi {{ contact.name }}', 'zh-CN': '你好 {{ contact.name }}' } },
            ],
            ['w', 'waitFor'],
          ],
          edges: [
            ['s', 'next', 'hi'],
            ['hi', 'next', 'w'],
          ],
        },
      ],
      {
        locales: ['en', 'zh-CN'],
        variables: [
          { name: 'level', type: 'number', default: 1 },
          { name: 'vip', type: 'boolean' },
        ],
      },
    );
    const result = await runTurn(
      zh,
      null,
      {
        type: 'start',
        locale: 'zh-CN',
        contact: { name: '李' },
        vars: { vip: true },
        conversationId: 'c-1',
        channel: 'web',
      },
      { ...host, options: { botVersion: 'v7' } },
    );
    expect(textsOf([result])).toEqual(['你好 李']);
    expect(result.state).toMatchObject({
      botId: 'test-bot',
      botVersion: 'v7',
      locale: 'zh-CN',
      conversationId: 'c-1',
      channel: 'web',
      vars: { level: 1, vip: true },
      contact: { name: '李' },
      turn: 1,
    });
  });

  it('starts the main flow with the first message as unconsumed input when there is no state', async () => {
    const result = await runTurn(doc, null, { type: 'text', text: 'hello there' }, host);
    expect(result.status).toBe('waiting');
    expect(result.state.history).toEqual([{ role: 'user', text: 'hello there' }]);
  });

  it('rejects malformed events and states', async () => {
    await expect(
      runTurn(doc, null, JSON.parse('{"type":"smoke"}') as never, host),
    ).rejects.toThrow();
    await expect(
      runTurn(doc, JSON.parse('{"status":"idle"}') as never, { type: 'text', text: 'x' }, host),
    ).rejects.toThrow();
  });
});
