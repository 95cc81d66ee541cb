import { storedConversationTestSchema } from '@parley/flow';
import { describe, expect, it } from 'vitest';
import { freeTestName, sessionToTest } from './session-to-test';
import { orderSession } from './testing/sample-session';

describe('sessionToTest', () => {
  it('replays each turn: its input, the answers, the node it waits at, the variables it changed', () => {
    const test = sessionToTest(orderSession(), 'Order look-up fails', 'en');
    expect(test).toEqual({
      name: 'Order look-up fails',
      turns: [
        {
          expect: { messages: ['Hi!', 'What is your order number?'], node: 'ask-order' },
        },
        {
          say: 'ab123456',
          // Scripted from what the service answered: the test never calls it for real.
          ports: { lookup: { http: { error: 'unavailable' } } },
          expect: {
            messages: [
              "Sorry, I can't reach our order system.",
              { text: 'Would you like an agent?', buttons: ['Yes', 'No'] },
            ],
            node: 'offer-agent',
            vars: { orderId: 'AB123456' },
          },
        },
        {
          press: 'no',
          expect: { messages: ['Goodbye.'], vars: { wantsAgent: 'no' }, ended: 'unresolved' },
        },
      ],
    });
    // What it builds is what the bot document stores.
    expect(storedConversationTestSchema.safeParse(test).success).toBe(true);
  });

  it('keeps the start options a test can express: locale, variables, contact', () => {
    const session = orderSession();
    session.options = { locale: 'zh-CN', vars: { vip: true }, contact: { firstName: 'Ana' } };
    const test = sessionToTest(session, 'With options', 'en');
    expect(test).toMatchObject({
      locale: 'zh-CN',
      vars: { vip: true },
      contact: { firstName: 'Ana' },
    });
  });

  it('leaves out masked values and refuses sessions a test cannot replay', () => {
    const session = orderSession();
    const turn = session.turns[1];
    if (turn?.trace[0]?.type !== 'step') throw new Error('unexpected sample');
    turn.trace[0].varsChanged.push({ name: 'apiToken', after: '***' });
    const test = sessionToTest(session, 'Masked', 'en');
    expect(typeof test !== 'string' && test.turns[1]?.expect?.vars).toEqual({
      orderId: 'AB123456',
    });
    expect(sessionToTest({ ...session, turns: session.turns.slice(0, 1) }, 'x', 'en')).toBe(
      'empty',
    );
    expect(
      sessionToTest(
        { ...session, options: { startAt: { flowId: 'main', nodeId: 'find-order' } } },
        'x',
        'en',
      ),
    ).toBe('startedAtNode');
  });
});

describe('freeTestName', () => {
  it('numbers the name until it is free', () => {
    expect(freeTestName('Simulated conversation', [])).toBe('Simulated conversation');
    expect(
      freeTestName('Simulated conversation', [
        'Simulated conversation',
        'Simulated conversation 2',
      ]),
    ).toBe('Simulated conversation 3');
  });
});
