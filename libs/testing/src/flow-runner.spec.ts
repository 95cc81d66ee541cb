import { PortError } from '@parley/engine';
import { startSettingsSchema } from '@parley/nodes';
import { runFlow, startConversation } from './flow-runner';
import { createTestPorts, type TestPorts } from './test-ports';
import { tinyBot } from './tiny-bot.builder';

const greeter = tinyBot((b) => {
  const ask = b.node('ask', { question: 'Your name?', variable: 'name', timeoutSeconds: 30 });
  const timeout = b.node('message', { text: 'Still there?' });
  b.chain(b.node('start'), ask, b.node('message', { text: 'Hi {{ vars.name }}' }), b.done());
  b.edge(ask, timeout, 'timeout');
  b.edge(timeout, b.done());
});

describe('runFlow', () => {
  it('starts the conversation, then plays each input, turn by turn', async () => {
    const run = await runFlow(greeter, ['Ada']);
    expect(run.turns.map((turn) => [turn.event.type, turn.texts, turn.status])).toEqual([
      ['start', ['Your name?'], 'waiting'],
      ['text', ['Hi Ada'], 'idle'],
    ]);
    expect(run.texts).toEqual(['Your name?', 'Hi Ada']);
    expect(run.vars).toEqual({ name: 'Ada' });
    expect(run.status).toBe('idle');
    expect(run.path).toEqual(['start1', 'ask1', 'ask1', 'message2', 'end1']);
    expect(run.last).toBe(run.turns[1]);
  });

  it('passes vars, contact and locale with the start event', async () => {
    const doc = tinyBot((b) => {
      b.chain(
        b.node('start'),
        b.node('message', { text: '{{ conversation.locale }} {{ vars.tier }} {{ contact.city }}' }),
        b.done(),
      );
    });
    const run = await runFlow(doc, [], {
      vars: { tier: 'gold' },
      contact: { city: 'Lyon' },
      locale: 'fr',
    });
    expect(run.texts).toEqual(['fr gold Lyon']);
    expect(run.state).toMatchObject({ locale: 'fr', contact: { city: 'Lyon' } });
  });

  it('sends button presses as button events', async () => {
    const run = await runFlow(greeter, [{ payload: 'Grace', text: 'Grace H.' }]);
    expect(run.last.event).toEqual({ type: 'button', payload: 'Grace', text: 'Grace H.' });
    expect(run.vars.name).toBe('Grace H.');
  });

  it('fires a pending timer by the id the node asked for, moving the clock to its due time', async () => {
    const run = await runFlow(greeter, [{ timer: 'timeout' }]);
    expect(run.last.event).toEqual({ type: 'timer', timerId: 'ask1:1:timeout' });
    expect(run.last.texts).toEqual(['Still there?']);
    expect(run.ports.clock.now()).toBe(run.turns[0]?.state.waiting?.timers[0]?.dueAt);
  });

  it('sends unknown timers as given, for the engine to ignore', async () => {
    const run = await runFlow(greeter, [{ timer: 'nope' }]);
    expect(run.last.texts).toEqual([]);
    expect(run.last.trace).toContainEqual(expect.objectContaining({ code: 'timer-ignored' }));
  });

  it('uses scripted test ports, or ports given one by one, and exposes the call log', async () => {
    const doc = tinyBot((b) => {
      const look = b.node('lookup', {
        source: 'http',
        http: { method: 'GET', url: 'https://api/x' },
        resultVariable: 'found',
      });
      const failed = b.node('message', { text: 'lookup failed' });
      b.chain(b.node('start'), look);
      b.edge(look, b.done(), 'found');
      b.edge(look, b.done(), 'not_found');
      b.edge(look, failed, 'error');
      b.edge(failed, b.done());
    });
    const scripted = await runFlow(doc, [], {
      script: { lookup: { http: { status: 200, body: { ok: true } } } },
    });
    expect(scripted.ports.callsTo('lookup', 'http')).toHaveLength(1);
    expect(scripted.texts).toEqual([]);
    const unscripted = await runFlow(doc, []);
    expect(unscripted.ports.callsTo('lookup')[0]?.error).toBeInstanceOf(PortError);
    expect(unscripted.texts).toEqual(['lookup failed']);
    const mine: TestPorts = createTestPorts({ lookup: { http: { status: 200, body: { ok: 1 } } } });
    const given = await runFlow(doc, [], { ports: mine });
    expect(given.ports).toBe(mine);
    expect(mine.calls).toHaveLength(1);
  });

  it('accepts other executors', async () => {
    const run = await runFlow(greeter, [], {
      executors: {
        start: {
          settingsSchema: startSettingsSchema,
          executor: { run: () => ({ type: 'end', status: 'unresolved' }) },
        },
      },
    });
    expect(run.texts).toEqual(['[end unresolved]']);
    expect(run.endStatus).toBe('unresolved');
  });
});

describe('the README example', () => {
  it('runs as documented', async () => {
    const doc = tinyBot((b) => {
      const ask = b.node('ask', {
        question: 'Your e-mail?',
        variable: 'email',
        type: 'email',
        maxTries: 2,
      });
      const sorry = b.node('message', { text: 'Let me get a colleague.' });
      b.chain(
        b.node('start'),
        ask,
        b.node('message', { text: 'Thanks, {{ vars.email }}' }),
        b.done(),
      );
      b.edge(ask, sorry, 'invalid');
      b.edge(sorry, b.done());
    });
    const run = await runFlow(doc, ['not an email', 'ada@example.com'], { locale: 'en' });
    expect(run.turns.map((turn) => turn.texts)).toEqual([
      ['Your e-mail?'],
      [expect.stringMatching(/^That doesn't look like an e-mail address/), 'Your e-mail?'],
      ['Thanks, ada@example.com'],
    ]);
    expect(run.vars.email).toBe('ada@example.com');
    expect(run.path).toEqual(['start1', 'ask1', 'ask1', 'ask1', 'message2', 'end1']);
  });
});

describe('startConversation', () => {
  it('lets a spec send inputs one at a time and inspect state in between', async () => {
    const chat = await startConversation(greeter);
    expect(chat.state.status).toBe('waiting');
    const turn = await chat.send('Lin');
    expect(turn.texts).toEqual(['Hi Lin']);
    expect(chat.turns).toHaveLength(2);
    expect(chat.result().vars).toEqual({ name: 'Lin' });
  });
});
