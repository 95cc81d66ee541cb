import type { OutboundMessage } from '@parley/engine';
import { messageText } from '@parley/testing';
import type { MessageExpectation } from './conversation-test.schema';
import { buttonLabels, expectedText } from './message-expectation.matcher';
import { diffText, renderDiff } from './text-diff';
import type { TurnInput } from './test-result';
import type { NodePlace, TurnFailure } from './turn-failure';

/** Colours for a terminal; the identity everywhere else (API messages). */
export interface TextStyle {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
}

export const plainStyle: TextStyle = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  green: (s) => s,
  yellow: (s) => s,
};

/** What the user did in a turn, as a sentence. */
export function describeInput(turn: TurnInput): string {
  if (turn.say !== undefined) return `the user said ${JSON.stringify(turn.say)}`;
  if (turn.press !== undefined) return `the user pressed ${JSON.stringify(turn.press)}`;
  if (turn.timer !== undefined) return `timer ${JSON.stringify(turn.timer)} fired`;
  if (turn.handback !== undefined) return 'an agent handed the conversation back';
  return 'the conversation opened';
}

/** The lines that say what is wrong, without where it diverged. */
export function describeFailureKind(failure: TurnFailure, style = plainStyle): string[] {
  switch (failure.kind) {
    case 'message':
      return describeMessage(
        failure.index,
        failure.expected,
        failure.actual,
        failure.reason,
        style,
      );
    case 'node': {
      const lines = [
        `expected to stop at node "${failure.expected}", but it stopped at "${failure.actual ?? '(nowhere)'}"`,
        `  path this turn: ${failure.path.join(' → ') || '(no node ran)'}`,
      ];
      if (failure.detail !== undefined) lines.push(`  ${failure.detail}`);
      return lines;
    }
    case 'vars':
      return [
        `vars.${failure.name}: expected ${json(failure.expected)}, but it is ${failure.actual === undefined ? 'not set' : json(failure.actual)}`,
      ];
    case 'ended':
    case 'handedOff':
      return [`expected the conversation ${failure.expected}, but it is ${failure.actual}`];
    case 'ports':
      return [`ports: ${failure.message}`];
    case 'error':
      return [`could not play the turn: ${failure.message}`];
  }
}

/** `node "say-shipped" (message) in flow "main"`. */
export function describePlace(at: NodePlace): string {
  const kind = at.kind === undefined ? '' : ` (${at.kind})`;
  return `node "${at.nodeId}"${kind} in flow "${at.flowId}"`;
}

/** An expectation as the report shows it: `"text"`, `text containing "x"`, `buttons [a, b]`. */
export function describeExpectation(expected: MessageExpectation): string {
  if (typeof expected === 'string') return json(expected);
  const parts: string[] = [];
  if (expected.text !== undefined) parts.push(json(expected.text));
  if (expected.contains !== undefined) parts.push(`text containing ${json(expected.contains)}`);
  if (expected.regex !== undefined) parts.push(`text matching /${expected.regex}/`);
  if (expected.buttons !== undefined) parts.push(`buttons [${expected.buttons.join(', ')}]`);
  return parts.join(', ');
}

/** `  [Yes | No]` after a message with buttons, else nothing. */
export function labels(message: OutboundMessage): string {
  const list = buttonLabels(message);
  return list.length === 0 ? '' : `  [${list.join(' | ')}]`;
}

function describeMessage(
  index: number,
  expected: MessageExpectation | undefined,
  actual: OutboundMessage | undefined,
  reason: string,
  style: TextStyle,
): string[] {
  const n = index + 1;
  if (expected === undefined)
    return [
      `message ${n} was not expected: ${actual === undefined ? '' : json(messageText(actual))}`,
    ];
  if (actual === undefined)
    return [`message ${n} is missing: expected ${describeExpectation(expected)}`];
  const said = messageText(actual);
  const lines = [
    `message ${n}: ${reason}`,
    `  expected  ${describeExpectation(expected)}`,
    `  said      ${json(said)}${labels(actual)}`,
  ];
  const text = expectedText(expected);
  if (text !== undefined && text !== said)
    lines.push(
      `  diff      ${renderDiff(diffText(text, said), { removed: style.red, added: style.green })}`,
    );
  return lines;
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}
