import type { Json, OutboundMessage, TraceEntry } from '@parley/engine';
import { messageText } from '@parley/testing';
import type { ConversationTurn } from './conversation-test.schema';
import type { TestReport, TurnReport } from './conversation-test.runner';
import { describeFailureKind } from './failure-text';
import type { TurnFailure } from './turn-failure';

/** What the user did in a turn (nothing: the opening turn). */
export type TurnInput = Pick<ConversationTurn, 'say' | 'press' | 'timer' | 'handback'>;

/**
 * One turn of a test run as plain JSON: what the API answers, what the studio draws
 * and what `parley test` prints (locally and through the API alike).
 */
export interface TurnResult {
  /** 0-based position in the test's `turns`. */
  index: number;
  passed: boolean;
  input: TurnInput;
  /** False when the turn could not be played at all (see its `error` failure). */
  played: boolean;
  /** Everything the bot sent this turn, hand-off and end markers included. */
  messages: OutboundMessage[];
  trace: TraceEntry[];
  /** Every expectation that failed this turn, each with the node where it diverged. */
  failures: TurnFailure[];
}

/** The first thing that went wrong in a test, flattened for lists and badges. */
export interface TestFailureSummary {
  /** 0-based index of the failing turn in `turns`. */
  turn: number;
  field: TurnFailure['kind'];
  expected?: Json;
  actual?: Json;
  /** What went wrong, in sentences (no colours). */
  message: string;
  /** The node where expected and actual diverged, when one is known. */
  nodeId?: string;
  flowId?: string;
}

/** One test's outcome. */
export interface TestResult {
  name: string;
  passed: boolean;
  ms: number;
  failure?: TestFailureSummary;
  /** The turns played, up to and including the first that failed. */
  turns: TurnResult[];
}

/** A runner's report as plain JSON (`ms`: how long it took). */
export function toTestResult(report: TestReport, ms: number): TestResult {
  const turns = report.turns.map(toTurnResult);
  const failed = turns.find((turn) => !turn.passed);
  const first = failed?.failures[0];
  const result: TestResult = { name: report.test.name, passed: report.passed, ms, turns };
  if (failed !== undefined && first !== undefined) result.failure = summarise(failed.index, first);
  return result;
}

function toTurnResult(report: TurnReport): TurnResult {
  const { say, press, timer, handback } = report.turn;
  const input: TurnInput = {};
  if (say !== undefined) input.say = say;
  if (press !== undefined) input.press = press;
  if (timer !== undefined) input.timer = timer;
  if (handback !== undefined) input.handback = handback;
  return {
    index: report.number - 1,
    passed: report.failures.length === 0,
    input,
    played: report.record !== undefined,
    messages: report.record?.messages ?? [],
    trace: report.record?.trace ?? [],
    failures: report.failures,
  };
}

/** A failure flattened to `{ field, expected, actual, message, nodeId, flowId }`. */
export function summarise(turn: number, failure: TurnFailure): TestFailureSummary {
  const summary: TestFailureSummary = {
    turn,
    field: failure.kind,
    message: describeFailureKind(failure).join('\n'),
  };
  const { expected, actual } = comparedValues(failure);
  if (expected !== undefined) summary.expected = expected;
  if (actual !== undefined) summary.actual = actual;
  if (failure.at !== undefined) {
    summary.nodeId = failure.at.nodeId;
    summary.flowId = failure.at.flowId;
  }
  return summary;
}

function comparedValues(failure: TurnFailure): { expected?: Json; actual?: Json } {
  switch (failure.kind) {
    case 'message':
      return {
        ...(failure.expected === undefined ? {} : { expected: failure.expected }),
        ...(failure.actual === undefined ? {} : { actual: messageText(failure.actual) }),
      };
    case 'node':
      return {
        expected: failure.expected,
        ...(failure.actual === undefined ? {} : { actual: failure.actual }),
      };
    case 'vars':
      return {
        expected: failure.expected,
        ...(failure.actual === undefined ? {} : { actual: failure.actual }),
      };
    case 'ended':
    case 'handedOff':
      return { expected: failure.expected, actual: failure.actual };
    case 'ports':
    case 'error':
      return {};
  }
}
