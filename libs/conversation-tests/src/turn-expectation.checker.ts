import { isDeepStrictEqual } from 'node:util';
import type { TraceStep } from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import type { TurnRecord } from '@parley/testing';
import type { TurnExpectation } from './conversation-test.schema';
import { mismatch, visibleMessages } from './message-expectation.matcher';
import type { NodePlace, TurnFailure } from './turn-failure';

/**
 * Compares one turn with its expectations and returns every difference (an empty
 * list when the turn went as expected). Each failure names the node where the
 * conversation diverged, so the analyst knows where to look on the canvas.
 */
export function checkTurn(
  doc: BotDocument,
  expect: TurnExpectation | undefined,
  record: TurnRecord,
): TurnFailure[] {
  if (expect === undefined) return [];
  const steps = record.trace.filter((entry): entry is TraceStep => entry.type === 'step');
  const stopped = stoppedAt(doc, record, steps);
  const failures: TurnFailure[] = [];
  if (expect.messages !== undefined) {
    const failure = checkMessages(doc, expect.messages, record, stopped);
    if (failure !== undefined) failures.push(failure);
  }
  if (expect.node !== undefined && stopped?.nodeId !== expect.node) {
    failures.push(wrongNode(doc, expect.node, steps, stopped));
  }
  for (const [name, expected] of Object.entries(expect.vars ?? {})) {
    const actual = record.state.vars[name];
    if (!isDeepStrictEqual(actual, expected))
      failures.push({ kind: 'vars', name, expected, actual, at: lastSetter(doc, steps, name) });
  }
  const { status, endStatus } = record.state;
  if (expect.ended !== undefined) {
    const ended = status === 'ended';
    const ok =
      expect.ended === true || expect.ended === false
        ? ended === expect.ended
        : endStatus === expect.ended;
    if (!ok)
      failures.push({
        kind: 'ended',
        expected:
          expect.ended === false
            ? 'still open'
            : `ended${expect.ended === true ? '' : ` (${expect.ended})`}`,
        actual: ended ? `ended (${endStatus ?? 'no status'})` : `${status}, not ended`,
        at: stopped,
      });
  }
  if (expect.handedOff !== undefined && (status === 'handoff') !== expect.handedOff) {
    failures.push({
      kind: 'handedOff',
      expected: expect.handedOff ? 'handed off to an agent' : 'not handed off',
      actual: status === 'handoff' ? 'handed off to an agent' : `${status}, not handed off`,
      at: stopped,
    });
  }
  return failures;
}

function checkMessages(
  doc: BotDocument,
  expected: NonNullable<TurnExpectation['messages']>,
  record: TurnRecord,
  stopped: NodePlace | undefined,
): TurnFailure | undefined {
  const actual = visibleMessages(record.messages);
  for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
    const want = expected[index];
    const got = actual[index];
    const at = got === undefined ? stopped : place(doc, got.flowId, got.nodeId);
    if (want === undefined)
      return {
        kind: 'message',
        index,
        expected: want,
        actual: got,
        reason: 'an extra message',
        at,
      };
    if (got === undefined)
      return { kind: 'message', index, expected: want, actual: got, reason: 'no such message', at };
    const reason = mismatch(want, got);
    if (reason !== undefined)
      return { kind: 'message', index, expected: want, actual: got, reason, at };
  }
  return undefined;
}

/**
 * The flow ended the turn elsewhere. Walk back along the turn's path to the node that
 * could have gone to the expected node but took another outcome: that is the
 * decision to look at. Without one, point at where the turn stopped.
 */
function wrongNode(
  doc: BotDocument,
  expected: string,
  steps: TraceStep[],
  stopped: NodePlace | undefined,
): TurnFailure {
  const path = steps.map((step) => step.nodeId);
  for (const step of [...steps].reverse()) {
    const flow = doc.flows.find((f) => f.id === step.flowId);
    const edge = flow?.edges.find((e) => e.source === step.nodeId && e.target === expected);
    const taken = step.outcome ?? (step.result === 'error' ? 'error' : undefined);
    if (edge !== undefined && edge.sourceHandle !== taken) {
      const detail = `it took ${taken === undefined ? `no outcome (${step.result})` : `"${taken}"`}; "${expected}" is behind "${edge.sourceHandle}"`;
      return {
        kind: 'node',
        expected,
        actual: stopped?.nodeId,
        path,
        detail,
        at: place(doc, step.flowId, step.nodeId),
      };
    }
  }
  return { kind: 'node', expected, actual: stopped?.nodeId, path, at: stopped };
}

/** Where the turn left the conversation: the waiting node, else the last node run. */
function stoppedAt(
  doc: BotDocument,
  record: TurnRecord,
  steps: TraceStep[],
): NodePlace | undefined {
  const waiting = record.state.waiting;
  if (waiting !== undefined) return place(doc, waiting.flowId, waiting.nodeId);
  const last = steps[steps.length - 1];
  return last === undefined ? undefined : place(doc, last.flowId, last.nodeId);
}

/** The last node of the turn that changed the variable, or where it stopped if none did. */
function lastSetter(doc: BotDocument, steps: TraceStep[], name: string): NodePlace | undefined {
  const setter = [...steps].reverse().find((step) => step.varsChanged.some((c) => c.name === name));
  return setter === undefined ? undefined : place(doc, setter.flowId, setter.nodeId);
}

/** A node with its kind, looked up in the document. */
export function place(doc: BotDocument, flowId: string, nodeId: string): NodePlace {
  const kind = doc.flows.find((f) => f.id === flowId)?.nodes.find((n) => n.id === nodeId)?.type;
  return { flowId, nodeId, kind };
}
