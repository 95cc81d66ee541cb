import type { Frame } from '../session-state';
import { addNote, fallback } from './flow-moves';
import { runNodeStep, type StepEntry } from './node-step';
import type { Turn } from './turn';

/**
 * Run nodes until the conversation waits, hands off, goes idle or ends. `first` says how
 * the top node is entered (a resume after a wait, or a fresh run). Every step counts
 * against the step limit, so a cycle without waits ends in the fallback, never a hang.
 */
export async function runSteps(turn: Turn, first: StepEntry): Promise<void> {
  let entry: StepEntry = first;
  // Every step after the first is a fresh run; one shared entry keeps the hot loop lean.
  const nextEntry: StepEntry = { phase: 'run', event: first.event };
  // The frame is moved in place by each step, so the last node run is kept by id.
  let lastFlowId: string | undefined;
  let lastNodeId: string | undefined;
  turn.status = 'active';
  while (turn.status === 'active') {
    const frame = turn.stack[turn.stack.length - 1];
    if (frame === undefined) {
      turn.status = 'idle';
      return;
    }
    const node = turn.index.flows.get(frame.flowId)?.nodes.get(frame.nodeId);
    if (node === undefined) {
      await fallback(
        turn,
        frame,
        `node "${frame.nodeId}" does not exist in flow "${frame.flowId}"`,
      );
      return;
    }
    if (turn.steps >= turn.settings.maxSteps) {
      const last =
        lastFlowId !== undefined && lastNodeId !== undefined
          ? { flowId: lastFlowId, nodeId: lastNodeId }
          : frame;
      await stopRunaway(turn, frame, last);
      return;
    }
    turn.steps += 1;
    lastFlowId = frame.flowId;
    lastNodeId = frame.nodeId;
    await runNodeStep(turn, frame, node, entry);
    entry = nextEntry;
  }
}

async function stopRunaway(turn: Turn, next: Frame, last: Frame): Promise<void> {
  addNote(turn, {
    code: 'step-limit',
    message: `Stopped after ${turn.settings.maxSteps} steps without waiting for input: the loop last ran node ${last.nodeId} of flow ${last.flowId} (next would be ${next.nodeId}).`,
    flowId: last.flowId,
    nodeId: last.nodeId,
  });
  await fallback(turn, last, `step limit of ${turn.settings.maxSteps} reached`);
}
