import type { InboundEvent } from '../events';
import type { TurnInput } from '../executor';
import { pushHistory } from './history';
import { addNote, fallback, goIdle, startFrame } from './flow-moves';
import { runSteps } from './step-loop';
import type { Turn } from './turn';

/**
 * Decide what one event does to the conversation, given its status:
 * ended → nothing · waiting/handoff → wake the waiting node · idle → restart the main
 * flow on a message. Events that mean nothing in the current status are ignored, with
 * a trace note saying why.
 */
export async function dispatchEvent(
  turn: Turn,
  event: InboundEvent,
  isNew: boolean,
): Promise<void> {
  if (turn.status === 'ended') {
    addNote(turn, {
      code: 'event-after-end',
      message: `The conversation has ended; the ${event.type} event was ignored.`,
    });
    return;
  }
  if (isNew) {
    addNote(turn, { code: 'conversation-started', message: 'A new conversation started.' });
    await startMainFlow(turn, event);
    return;
  }
  if ((turn.status === 'waiting' || turn.status === 'handoff') && turn.waiting !== undefined) {
    await wake(turn, event);
    return;
  }
  if (event.type === 'text' || event.type === 'button') {
    addNote(turn, { code: 'restart', message: 'A message while idle restarts the main flow.' });
    // With no node waiting, a button press is read as if its payload had been typed.
    await startMainFlow(
      turn,
      event.type === 'button' ? { type: 'text', text: event.payload } : event,
    );
    return;
  }
  ignore(turn, event, 'nothing is waiting for it');
}

async function startMainFlow(turn: Turn, event: InboundEvent): Promise<void> {
  const mainFlowId = turn.index.mainFlowId;
  const frame = mainFlowId === undefined ? 'the bot has no flows' : startFrame(turn, mainFlowId);
  acceptMessage(turn, event);
  if (typeof frame === 'string') {
    await fallback(turn, { flowId: mainFlowId ?? 'main', nodeId: 'start' }, frame);
    return;
  }
  turn.stack = [frame];
  turn.waiting = undefined;
  await runSteps(turn, { phase: 'run', event });
}

/** Hand the event to the node that waits, if it is meant for it. */
async function wake(turn: Turn, event: InboundEvent): Promise<void> {
  const waiting = turn.waiting;
  const frame = turn.stack[turn.stack.length - 1];
  if (waiting === undefined || frame === undefined || frame.nodeId !== waiting.nodeId) {
    goIdle(turn);
    ignore(turn, event, 'the waiting node is no longer on the stack');
    return;
  }
  let delivered: InboundEvent = event;
  if (event.type === 'timer') {
    const timer = waiting.timers.find((candidate) => candidate.id === event.timerId);
    if (timer === undefined) {
      addNote(turn, {
        code: 'timer-ignored',
        message: `Timer "${event.timerId}" is not pending for node ${waiting.nodeId}; ignored.`,
        flowId: waiting.flowId,
        nodeId: waiting.nodeId,
      });
      return;
    }
    // The node sees the timer id it asked for, not the engine's scoped one.
    delivered = { type: 'timer', timerId: event.timerId.split(':').slice(2).join(':') };
  } else if (event.type === 'agent-handback') {
    if (turn.status !== 'handoff') {
      ignore(turn, event, 'no agent was handling the conversation');
      return;
    }
    for (const [name, value] of Object.entries(event.vars ?? {})) {
      turn.vars.set(name, value);
    }
  } else if (event.type === 'start') {
    ignore(turn, event, 'the conversation has already started');
    return;
  }
  acceptMessage(turn, event);
  turn.waiting = undefined;
  await runSteps(turn, { phase: 'resume', event: delivered, nodeState: waiting.nodeState });
}

/** The event counts as a turn; a message becomes the turn's input and enters the history. */
function acceptMessage(turn: Turn, event: InboundEvent): void {
  turn.turnNumber += 1;
  turn.scope = undefined;
  const input = messageOf(event);
  turn.message = input;
  turn.consumed = input === undefined;
  if (input?.text !== undefined) {
    pushHistory(turn, 'user', input.text);
  }
}

function messageOf(event: InboundEvent): TurnInput | undefined {
  if (event.type === 'text') return { text: event.text };
  if (event.type === 'button') return { text: event.text ?? event.payload, payload: event.payload };
  return undefined;
}

function ignore(turn: Turn, event: InboundEvent, why: string): void {
  addNote(turn, { code: 'event-ignored', message: `The ${event.type} event was ignored: ${why}.` });
}
