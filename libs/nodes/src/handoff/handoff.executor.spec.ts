import { PortError, type HandoffRequest } from '@parley/engine';
import {
  runFlow,
  startConversation,
  TEST_CLOCK_START,
  tinyBot,
  type NodeDataOf,
} from '@parley/testing';

/** start → ask → handoff → resumed / no_agent messages. */
function handoffBot(data: NodeDataOf<'handoff'>) {
  return tinyBot((b) => {
    b.variable('issue');
    b.variable('refund', { type: 'number' });
    const handoff = b.node('handoff', data);
    b.chain(
      b.node('start'),
      b.node('ask', { question: 'What went wrong?', variable: 'issue' }),
      handoff,
    );
    const resumed = b.node('message', { text: 'Back with the bot (refund {{ vars.refund }})' });
    const noAgent = b.node('message', { text: 'No agent is free, please try later' });
    b.edge(handoff, resumed, 'resumed');
    b.edge(handoff, noAgent, 'no_agent');
    b.chain(resumed, b.done());
    b.chain(noAgent, b.done());
  });
}

const billing: NodeDataOf<'handoff'> = {
  queue: 'billing',
  priority: 'high',
  message: 'Connecting you to {{ "an agent" }}…',
  maxWaitMinutes: 5,
};

describe('handoff executor', () => {
  it('queues with a summary and transcript, says the message, and waits for an agent', async () => {
    const result = await runFlow(handoffBot(billing), ['Charged twice']);
    expect(result.last.texts).toEqual(['Connecting you to an agent…', '[handoff billing]']);
    expect(result.status).toBe('handoff');
    const request: HandoffRequest = {
      queue: 'billing',
      priority: 'high',
      transcript: [
        { role: 'bot', text: 'What went wrong?' },
        { role: 'user', text: 'Charged twice' },
      ],
      summary: 'Bot: What went wrong?\nCustomer: Charged twice',
    };
    expect(result.ports.callsTo('handoff', 'request')[0]?.input).toEqual(request);
    expect(result.state.waiting?.timers).toEqual([
      { id: expect.stringContaining('handoff:handoff1:2'), dueAt: TEST_CLOCK_START + 5 * 60_000 },
    ]);
  });

  it('leaves the summary out when includeSummary is off', async () => {
    const result = await runFlow(handoffBot({ ...billing, includeSummary: false }), [
      'Charged twice',
    ]);
    expect(result.ports.callsTo('handoff', 'request')[0]?.input).not.toHaveProperty('summary');
  });

  it('resumes with the variables the agent set when the agent hands back', async () => {
    const result = await runFlow(handoffBot(billing), [
      'Charged twice',
      { handback: { refund: 25 } },
    ]);
    expect(result.last.texts).toEqual(['Back with the bot (refund 25)']);
    expect(result.vars['refund']).toBe(25);
    expect(result.trace).toContainEqual(
      expect.objectContaining({ nodeId: 'handoff1', phase: 'resume', outcome: 'resumed' }),
    );
  });

  it('takes no_agent when the wait timer fires', async () => {
    const result = await runFlow(handoffBot(billing), [
      'Charged twice',
      { timer: 'handoff:handoff1:2' },
    ]);
    expect(result.last.texts).toEqual(['No agent is free, please try later']);
  });

  it('keeps waiting on customer messages before the deadline, re-arming the timer', async () => {
    const result = await runFlow(handoffBot(billing), ['Charged twice', 'hello?']);
    expect(result.last.texts).toEqual([]);
    expect(result.status).toBe('handoff');
    expect(result.state.waiting?.timers.map((timer) => timer.dueAt)).toEqual([
      TEST_CLOCK_START + 5 * 60_000,
    ]);
    const after = await runFlow(handoffBot(billing), [
      'Charged twice',
      'hello?',
      { timer: 'handoff:handoff1:2' },
    ]);
    expect(after.last.texts).toEqual(['No agent is free, please try later']);
  });

  it('takes no_agent on a message after the deadline, even if the timer was lost', async () => {
    const conversation = await startConversation(handoffBot(billing));
    await conversation.send('Charged twice');
    conversation.ports.clock.advance(6 * 60_000);
    const turn = await conversation.send('anyone?');
    expect(turn.texts).toEqual(['No agent is free, please try later']);
  });

  it('takes no_agent when the queue refuses', async () => {
    const result = await runFlow(handoffBot(billing), ['Charged twice'], {
      script: { handoff: { request: { accepted: false } } },
    });
    expect(result.last.texts).toEqual(['No agent is free, please try later']);
  });

  it('takes no_agent, noting why, when the hand-off service fails', async () => {
    const result = await runFlow(handoffBot(billing), ['Charged twice'], {
      script: { handoff: { request: new PortError('handoff', 'unavailable', 'desk offline') } },
    });
    expect(result.last.texts).toEqual(['No agent is free, please try later']);
    expect(result.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'handoff1',
        notes: ['Hand-off unavailable (desk offline)'],
      }),
    );
  });
});
