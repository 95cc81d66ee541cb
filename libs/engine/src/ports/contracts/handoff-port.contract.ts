/// <reference types="jest" />
import { handoffTicketSchema, type HandoffPort, type HandoffRequest } from '../handoff.port';
import { expectPortError, useSubject, type PortContractFactory } from './contract-support';

/** How a contract test steers the agent desk behind a `HandoffPort`. */
export interface HandoffContractControl {
  /** Whether a queue has agents to take new conversations. */
  setAgentsAvailable(queue: string, available: boolean): void;
  /** What the desk received for the last accepted request. */
  lastQueued(): HandoffRequest | undefined;
  /** The next request fails as if the desk were down. */
  fail(): void;
}

const request: HandoffRequest = {
  queue: 'billing',
  priority: 'high',
  summary: 'Customer: I was charged twice',
  transcript: [
    { role: 'user', text: 'I was charged twice' },
    { role: 'bot', text: 'Let me get someone to help.' },
  ],
};

/**
 * The behaviour every `HandoffPort` adapter must show: a ticket matching the schema,
 * accepted with an id when the queue has agents and refused (not thrown) when not,
 * the queue, priority, summary and transcript delivered intact, and failures as
 * `PortError(handoff, …)`.
 */
export function describeHandoffPortContract(
  name: string,
  makePort: PortContractFactory<HandoffPort, HandoffContractControl>,
): void {
  describe(`HandoffPort contract: ${name}`, () => {
    const subject = useSubject(makePort);

    it('queues the conversation when agents are available', async () => {
      const { port, control } = subject();
      control.setAgentsAvailable('billing', true);
      const ticket = await port.request(request);
      expect(handoffTicketSchema.parse(ticket)).toEqual(ticket);
      expect(ticket.accepted).toBe(true);
      expect(ticket.ticketId).toEqual(expect.any(String));
      expect(control.lastQueued()).toEqual(request);
    });

    it('refuses without throwing when no agent is available', async () => {
      const { port, control } = subject();
      control.setAgentsAvailable('billing', false);
      const ticket = await port.request(request);
      expect(ticket.accepted).toBe(false);
    });

    it('fails as PortError(handoff, unavailable) when the desk is down', async () => {
      const { port, control } = subject();
      control.fail();
      await expectPortError(port.request(request), 'handoff', 'unavailable');
    });
  });
}
