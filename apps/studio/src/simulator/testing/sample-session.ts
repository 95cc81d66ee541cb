import type { SimSession, SimTurn } from '../simulator-session';
import type { SimState } from '../simulator-schemas';

const waitingAt = (nodeId: string, vars: Record<string, unknown> = {}): SimState => ({
  flowId: 'main',
  nodeId,
  status: 'waiting',
  locale: 'en',
  vars: vars as SimState['vars'],
  contact: {},
});

/** A session of the order-status bot: opening, an order number (look-up fails), a button. */
export function orderSession(): SimSession {
  const opening: SimTurn = {
    input: { kind: 'start' },
    messages: [
      { type: 'text', text: 'Hi!', nodeId: 'greet', flowId: 'main' },
      { type: 'text', text: 'What is your order number?', nodeId: 'ask-order', flowId: 'main' },
    ],
    trace: [
      { type: 'note', code: 'conversation-started', message: 'A new conversation started.' },
      step('start', 'start', { outcome: 'next' }),
      step('greet', 'message', { outcome: 'next' }),
      step('ask-order', 'ask', { result: 'wait' }),
    ],
    state: waitingAt('ask-order'),
    ms: 4,
  };
  const order: SimTurn = {
    input: { kind: 'say', text: 'ab123456' },
    messages: [
      {
        type: 'text',
        text: "Sorry, I can't reach our order system.",
        nodeId: 'lookup-failed',
        flowId: 'main',
      },
      {
        type: 'text',
        text: 'Would you like an agent?',
        quickReplies: [
          { label: 'Yes', payload: 'yes' },
          { label: 'No', payload: 'no' },
        ],
        nodeId: 'offer-agent',
        flowId: 'main',
      },
    ],
    trace: [
      step('ask-order', 'ask', {
        phase: 'resume',
        outcome: 'next',
        varsChanged: [{ name: 'orderId', after: 'ab123456' }],
      }),
      step('normalise-order', 'set', {
        outcome: 'next',
        varsChanged: [{ name: 'orderId', before: 'ab123456', after: 'AB123456' }],
      }),
      step('find-order', 'lookup', {
        outcome: 'error',
        portCalls: [
          {
            port: 'lookup',
            method: 'http',
            input: {
              url: 'https://orders.example.com/api/orders/AB123456',
              headers: { Authorization: '***' },
            },
            error: 'unavailable: the service could not be reached',
            ms: 30,
          },
        ],
      }),
      step('lookup-failed', 'message', { outcome: 'next' }),
      step('offer-agent', 'ask', { result: 'wait' }),
    ],
    state: waitingAt('offer-agent', { orderId: 'AB123456', apiToken: '***' }),
    ms: 41,
  };
  const no: SimTurn = {
    input: { kind: 'press', payload: 'no', text: 'No' },
    messages: [
      { type: 'text', text: 'Goodbye.', nodeId: 'goodbye', flowId: 'main' },
      { type: 'end', status: 'unresolved', nodeId: 'goodbye', flowId: 'main' },
    ],
    trace: [
      step('offer-agent', 'ask', {
        phase: 'resume',
        outcome: 'next',
        varsChanged: [{ name: 'wantsAgent', after: 'no' }],
      }),
      step('goodbye', 'end', { result: 'end' }),
    ],
    state: { ...waitingAt('goodbye', { orderId: 'AB123456', wantsAgent: 'no' }), status: 'ended' },
    ms: 3,
  };
  return {
    id: 'session-1',
    draftRevision: 3,
    options: { locale: 'en' },
    turns: [opening, order, no],
  };
}

function step(
  nodeId: string,
  kind: string,
  extra: Partial<Extract<SimTurn['trace'][number], { type: 'step' }>> = {},
): Extract<SimTurn['trace'][number], { type: 'step' }> {
  return {
    type: 'step',
    flowId: 'main',
    nodeId,
    kind,
    phase: 'run',
    result: 'outcome',
    varsChanged: [],
    portCalls: [],
    notes: [],
    ms: 1,
    ...extra,
  };
}
