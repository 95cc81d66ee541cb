import type { FlowNode } from '@parley/flow';
import type { NodeResult } from '../executor';
import type { Json } from '../json';
import type { Frame } from '../session-state';
import { jsonCopy } from '../state/json-copy';
import {
  addNote,
  endConversation,
  followOutcome,
  goIdle,
  startFrame,
  takeErrorPath,
} from './flow-moves';
import type { Turn } from './turn';

/** Deepest flow-call nesting; deeper calls are a node error (runaway recursion). */
const MAX_CALL_DEPTH = 32;

/**
 * Move the conversation according to what the node at the top `frame` decided.
 * Returns the error reason when the result was turned into the error path.
 */
export async function applyResult(
  turn: Turn,
  frame: Frame,
  node: FlowNode,
  result: NodeResult,
): Promise<string | undefined> {
  switch (result.type) {
    case 'outcome':
      await followOutcome(turn, frame, result.outcome);
      return undefined;
    case 'wait':
    case 'handoff':
      return pause(turn, frame, result);
    case 'end':
      endConversation(turn, node, frame.flowId, result.status);
      return undefined;
    case 'jump':
      return jump(turn, frame, result.flowId);
    case 'call':
      return call(turn, frame, result);
    case 'return':
      await returnToCaller(turn, frame);
      return undefined;
    case 'error':
      await takeErrorPath(turn, frame, result.reason);
      return result.reason;
  }
}

async function pause(
  turn: Turn,
  frame: Frame,
  result: Extract<NodeResult, { type: 'wait' | 'handoff' }>,
): Promise<string | undefined> {
  let nodeState: Json;
  try {
    nodeState = jsonCopy(result.nodeState ?? null);
  } catch (error) {
    const reason = `node state is not JSON (${error instanceof Error ? error.message : String(error)})`;
    await takeErrorPath(turn, frame, reason);
    return reason;
  }
  const now = turn.rawPorts.clock.now();
  turn.status = result.type === 'wait' ? 'waiting' : 'handoff';
  turn.waiting = {
    flowId: frame.flowId,
    nodeId: frame.nodeId,
    nodeState,
    // Scoped by node and turn so that a stale timer of an earlier wait never matches.
    timers: (result.timers ?? []).map((timer) => ({
      id: `${frame.nodeId}:${turn.turnNumber}:${timer.id}`,
      dueAt: now + Math.max(0, timer.afterMs),
    })),
  };
  return undefined;
}

async function jump(turn: Turn, frame: Frame, flowId: string): Promise<string | undefined> {
  const target = startFrame(turn, flowId);
  if (typeof target === 'string') {
    await takeErrorPath(turn, frame, target);
    return target;
  }
  // The frame keeps its caller: a called flow that jumps still returns to its caller.
  frame.flowId = target.flowId;
  frame.nodeId = target.nodeId;
  return undefined;
}

async function call(
  turn: Turn,
  frame: Frame,
  result: Extract<NodeResult, { type: 'call' }>,
): Promise<string | undefined> {
  const target = startFrame(turn, result.flowId);
  if (typeof target === 'string') {
    await takeErrorPath(turn, frame, target);
    return target;
  }
  if (turn.stack.length >= MAX_CALL_DEPTH) {
    const reason = `flow calls nested deeper than ${MAX_CALL_DEPTH} (runaway recursion?)`;
    await takeErrorPath(turn, frame, reason);
    return reason;
  }
  for (const [name, value] of Object.entries(result.args)) {
    turn.vars.set(name, value);
  }
  turn.stack.push({
    ...target,
    callerNodeId: frame.nodeId,
    results: result.results.map((mapping) => ({ ...mapping })),
  });
  return undefined;
}

/**
 * End a called flow: copy its results to the caller and continue at the caller's
 * `next`. A flow nobody called has nowhere to return to, so the conversation goes
 * idle: the next message starts the main flow again, keeping variables.
 */
async function returnToCaller(turn: Turn, frame: Frame): Promise<void> {
  if (turn.stack.length <= 1) {
    addNote(turn, {
      code: 'flow-returned',
      message: 'The main flow ended; the next message restarts it.',
      flowId: frame.flowId,
      nodeId: frame.nodeId,
    });
    goIdle(turn);
    return;
  }
  turn.stack.pop();
  for (const mapping of frame.results ?? []) {
    turn.vars.set(mapping.variable, turn.vars.get(mapping.from) ?? null);
  }
  const caller = turn.stack[turn.stack.length - 1];
  if (caller !== undefined) {
    await followOutcome(turn, caller, 'next');
  }
}
