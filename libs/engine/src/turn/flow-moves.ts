import type { FlowNode } from '@parley/flow';
import { edgeTarget } from '../document/document-index';
import type { Frame } from '../session-state';
import type { TraceNote } from '../trace';
import { expressionScope } from '../context/expression-scope';
import { evaluateExpression } from '../expressions/expression.evaluator';
import { pickLocale, renderTemplate } from '../expressions/template.renderer';
import type { Turn } from './turn';

/** Add an engine note to the trace (kept even when step tracing is off). */
export function addNote(turn: Turn, note: Omit<TraceNote, 'type'>): void {
  turn.trace.push({ type: 'note', ...note });
}

/** Move `frame` along the edge leaving `outcome`; with no edge, fallback and idle. */
export async function followOutcome(turn: Turn, frame: Frame, outcome: string): Promise<void> {
  const flow = turn.index.flows.get(frame.flowId);
  const target = flow === undefined ? undefined : edgeTarget(flow, frame.nodeId, outcome);
  if (target === undefined) {
    addNote(turn, {
      code: 'missing-edge',
      message: `Outcome "${outcome}" of node ${frame.nodeId} has no edge.`,
      flowId: frame.flowId,
      nodeId: frame.nodeId,
    });
    await fallback(turn, frame, `no edge for outcome "${outcome}"`);
    return;
  }
  frame.nodeId = target;
}

/** A node failed: take its `error` edge if it has one, else fallback and idle. */
export async function takeErrorPath(turn: Turn, frame: Frame, reason: string): Promise<void> {
  const flow = turn.index.flows.get(frame.flowId);
  if (flow !== undefined && edgeTarget(flow, frame.nodeId, 'error') !== undefined) {
    await followOutcome(turn, frame, 'error');
    return;
  }
  await fallback(turn, frame, reason);
}

/**
 * Say the bot's fallback message and go idle: the next message restarts the main flow.
 * The message is the bot's own template; if it cannot be rendered, its text is sent as is.
 */
export async function fallback(turn: Turn, at: Frame, reason: string): Promise<void> {
  addNote(turn, { code: 'fallback', message: reason, flowId: at.flowId, nodeId: at.nodeId });
  const template = turn.doc.settings.fallbackMessage;
  let text: string;
  try {
    text = await renderTemplate(template, turn.locales, (source) =>
      evaluateExpression(source, expressionScope(turn), turn.evaluation),
    );
  } catch {
    text = pickLocale(template, turn.locale, turn.doc.defaultLocale);
  }
  turn.messages.push({ type: 'text', text, nodeId: at.nodeId, flowId: at.flowId });
  goIdle(turn);
}

/** Nothing left to run: wait for the next message, which restarts the main flow. */
export function goIdle(turn: Turn): void {
  turn.status = 'idle';
  turn.stack = [];
  turn.waiting = undefined;
}

/** End the conversation; later events start nothing. */
export function endConversation(
  turn: Turn,
  node: FlowNode,
  flowId: string,
  status: 'resolved' | 'unresolved',
): void {
  turn.messages.push({ type: 'end', status, nodeId: node.id, flowId });
  turn.status = 'ended';
  turn.endStatus = status;
  turn.stack = [];
  turn.waiting = undefined;
}

/** A frame at the start of `flowId`, or why there is none. */
export function startFrame(turn: Turn, flowId: string): Frame | string {
  const flow = turn.index.flows.get(flowId);
  if (flow === undefined) {
    return `flow "${flowId}" does not exist`;
  }
  if (flow.startNodeId === undefined) {
    return `flow "${flowId}" has no nodes`;
  }
  return { flowId, nodeId: flow.startNodeId };
}
