import type { OutboundMessage, TraceStep } from '@parley/engine';
import { messageText } from '@parley/testing';
import pc from 'picocolors';
import { diffText, renderDiff } from '../io/text-diff';
import type { ConversationTurn, MessageExpectation } from './conversation-test.schema';
import type { TestReport, TurnReport } from './conversation-test.runner';
import { buttonLabels, expectedText, visibleMessages } from './message-expectation.matcher';
import type { NodePlace, TurnFailure } from './turn-failure';

const indent = (depth: number) => (line: string) => `${'  '.repeat(depth)}${line}`;

/**
 * A test's result for the terminal: one line when it passed; otherwise the turn,
 * what the user did, each expectation that failed (with a word diff for text), the
 * node where the conversation diverged, and what the bot really said that turn.
 */
export function formatTestReport(report: TestReport): string {
  if (report.passed) return `  ${pc.green('✓')} ${report.test.name}`;
  const failed = report.turns.find((turn) => turn.failures.length > 0);
  const lines = [`  ${pc.red('✗')} ${report.test.name}`];
  if (failed === undefined) return lines.join('\n');
  lines.push(indent(3)(pc.bold(`turn ${failed.number}: ${describeInput(failed.turn)}`)));
  for (const failure of failed.failures) lines.push(...describeFailure(failure).map(indent(3)));
  lines.push(...botSaid(failed).map(indent(3)));
  return lines.join('\n');
}

/** What the user did in a turn, as a sentence. */
export function describeInput(turn: ConversationTurn): string {
  if (turn.say !== undefined) return `the user said ${JSON.stringify(turn.say)}`;
  if (turn.press !== undefined) return `the user pressed ${JSON.stringify(turn.press)}`;
  if (turn.timer !== undefined) return `timer ${JSON.stringify(turn.timer)} fired`;
  if (turn.handback !== undefined) return 'an agent handed the conversation back';
  return 'the conversation opened';
}

function describeFailure(failure: TurnFailure): string[] {
  const lines = describeKind(failure);
  if (failure.at !== undefined)
    lines.push(`${pc.yellow('diverged at')} ${describePlace(failure.at)}`);
  return lines;
}

function describeKind(failure: TurnFailure): string[] {
  switch (failure.kind) {
    case 'message':
      return describeMessage(failure.index, failure.expected, failure.actual, failure.reason);
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

function describeMessage(
  index: number,
  expected: MessageExpectation | undefined,
  actual: OutboundMessage | undefined,
  reason: string,
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
      `  diff      ${renderDiff(diffText(text, said), { removed: pc.red, added: pc.green })}`,
    );
  return lines;
}

function describeExpectation(expected: MessageExpectation): string {
  if (typeof expected === 'string') return json(expected);
  const parts: string[] = [];
  if (expected.text !== undefined) parts.push(json(expected.text));
  if (expected.contains !== undefined) parts.push(`text containing ${json(expected.contains)}`);
  if (expected.regex !== undefined) parts.push(`text matching /${expected.regex}/`);
  if (expected.buttons !== undefined) parts.push(`buttons [${expected.buttons.join(', ')}]`);
  return parts.join(', ');
}

function botSaid(turn: TurnReport): string[] {
  if (turn.record === undefined) return [];
  const messages = visibleMessages(turn.record.messages);
  const lines = [pc.dim('the bot said this turn:')];
  if (messages.length === 0) lines.push(pc.dim('  (nothing)'));
  messages.forEach((m, i) =>
    lines.push(pc.dim(`  ${i + 1}. ${messageText(m)}${labels(m)}  ‹${m.nodeId}›`)),
  );
  const steps = turn.record.trace.filter((e): e is TraceStep => e.type === 'step');
  const path = steps.map((step) => `${step.nodeId} (${step.outcome ?? step.result})`);
  lines.push(pc.dim(`path this turn: ${path.join(' → ') || '(no node ran)'}`));
  for (const step of steps.filter((s) => s.error !== undefined))
    lines.push(pc.dim(`node "${step.nodeId}" failed: ${step.error ?? ''}`));
  return lines;
}

function describePlace(at: NodePlace): string {
  const kind = at.kind === undefined ? '' : ` (${at.kind})`;
  return `node "${at.nodeId}"${kind} in flow "${at.flowId}"`;
}

function labels(message: OutboundMessage): string {
  const list = buttonLabels(message);
  return list.length === 0 ? '' : `  [${list.join(' | ')}]`;
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}
