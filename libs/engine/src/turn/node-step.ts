import type { FlowNode } from '@parley/flow';
import { StepContext } from '../context/step-context';
import { parseNodeSettings } from '../document/node-settings.cache';
import type { InboundEvent } from '../events';
import type { ExecutorEntry, NodeResult } from '../executor';
import type { Json } from '../json';
import type { Frame } from '../session-state';
import type { TraceStep } from '../trace';
import { applyResult } from './result-applier';
import { describeError, isNodeResult } from './node-result.guard';
import type { Turn } from './turn';

/** How the node is entered: a fresh visit, or woken by an event while it waited. */
export interface StepEntry {
  phase: 'run' | 'resume';
  event: InboundEvent;
  nodeState?: Json;
}

/** Run the node at the top `frame` once, apply its result and trace the step. */
export async function runNodeStep(
  turn: Turn,
  frame: Frame,
  node: FlowNode,
  entry: StepEntry,
): Promise<void> {
  const tracing = turn.settings.tracing;
  const started = tracing ? performance.now() : 0;
  if (tracing) turn.portCalls = [];
  const { result, notes } = await decide(turn, frame, node, entry);
  if (!tracing) {
    await applyResult(turn, frame, node, result);
    return;
  }
  const step: TraceStep = {
    type: 'step',
    flowId: frame.flowId,
    nodeId: node.id,
    kind: node.type,
    phase: entry.phase,
    result: result.type,
    varsChanged: [],
    portCalls: turn.portCalls,
    notes,
    ms: 0,
  };
  if (result.type === 'outcome') step.outcome = result.outcome;
  if (result.type === 'error') step.error = result.reason;
  // Pushed before the result is applied, so notes it causes (fallback…) follow the step.
  turn.trace.push(step);
  const error = await applyResult(turn, frame, node, result);
  if (error !== undefined) step.error = error;
  if (turn.changes.length > 0) step.varsChanged = turn.changes.splice(0);
  step.ms = performance.now() - started;
}

/** Find the executor, parse the settings and call it; any failure becomes an `error` result. */
async function decide(
  turn: Turn,
  frame: Frame,
  node: FlowNode,
  entry: StepEntry,
): Promise<{ result: NodeResult; notes: string[] }> {
  const flow = turn.index.flows.get(frame.flowId)?.flow;
  const executor = Object.hasOwn(turn.executors, node.type) ? turn.executors[node.type] : undefined;
  if (flow === undefined || executor === undefined) {
    return { result: { type: 'error', reason: `unknown node kind "${node.type}"` }, notes: [] };
  }
  const settings = parseNodeSettings(node, executor.settingsSchema);
  if (!settings.ok) {
    return { result: { type: 'error', reason: `invalid settings: ${settings.reason}` }, notes: [] };
  }
  const place = { flow, node, settings: settings.settings, nodeState: entry.nodeState };
  const ctx = new StepContext(turn, place, entry.event);
  const result = await callExecutor(executor, ctx, entry);
  ctx.closed = true;
  return { result, notes: ctx.notes };
}

async function callExecutor(
  entry: ExecutorEntry,
  ctx: StepContext<unknown>,
  step: StepEntry,
): Promise<NodeResult> {
  try {
    const { executor } = entry;
    const pending =
      step.phase === 'resume' && executor.resume
        ? executor.resume(ctx, step.event)
        : executor.run(ctx);
    // Synchronous executors (start, jump, end…) skip a microtask turn.
    const result = pending instanceof Promise ? await pending : pending;
    return isNodeResult(result)
      ? result
      : { type: 'error', reason: 'the executor returned no valid result' };
  } catch (error) {
    return { type: 'error', reason: `the node failed: ${describeError(error)}` };
  }
}
