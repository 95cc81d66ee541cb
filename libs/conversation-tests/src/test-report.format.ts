import type { TraceStep } from '@parley/engine';
import { messageText } from '@parley/testing';
import {
  describeFailureKind,
  describeInput,
  describePlace,
  labels,
  plainStyle,
  type TextStyle,
} from './failure-text';
import { visibleMessages } from './message-expectation.matcher';
import type { TestResult, TurnResult } from './test-result';
import type { TurnFailure } from './turn-failure';

const indent = (depth: number) => (line: string) => `${'  '.repeat(depth)}${line}`;

/**
 * A test's result for the terminal: one line when it passed; otherwise the turn,
 * what the user did, each expectation that failed (with a word diff for text), the
 * node where the conversation diverged, and what the bot really said that turn.
 * The same text whether the test ran here or in a runtime (its API answers `TestResult`).
 */
export function formatTestResult(result: TestResult, style: TextStyle = plainStyle): string {
  if (result.passed) return `  ${style.green('✓')} ${result.name}`;
  const failed = result.turns.find((turn) => !turn.passed);
  const lines = [`  ${style.red('✗')} ${result.name}`];
  if (failed === undefined) return lines.join('\n');
  lines.push(indent(3)(style.bold(`turn ${failed.index + 1}: ${describeInput(failed.input)}`)));
  for (const failure of failed.failures)
    lines.push(...describeFailure(failure, style).map(indent(3)));
  lines.push(...botSaid(failed, style).map(indent(3)));
  return lines.join('\n');
}

function describeFailure(failure: TurnFailure, style: TextStyle): string[] {
  const lines = describeFailureKind(failure, style);
  if (failure.at !== undefined)
    lines.push(`${style.yellow('diverged at')} ${describePlace(failure.at)}`);
  return lines;
}

function botSaid(turn: TurnResult, style: TextStyle): string[] {
  if (!turn.played) return [];
  const messages = visibleMessages(turn.messages);
  const lines = [style.dim('the bot said this turn:')];
  if (messages.length === 0) lines.push(style.dim('  (nothing)'));
  messages.forEach((m, i) =>
    lines.push(style.dim(`  ${i + 1}. ${messageText(m)}${labels(m)}  ‹${m.nodeId}›`)),
  );
  const steps = turn.trace.filter((e): e is TraceStep => e.type === 'step');
  const path = steps.map((step) => `${step.nodeId} (${step.outcome ?? step.result})`);
  lines.push(style.dim(`path this turn: ${path.join(' → ') || '(no node ran)'}`));
  for (const step of steps.filter((s) => s.error !== undefined))
    lines.push(style.dim(`node "${step.nodeId}" failed: ${step.error ?? ''}`));
  return lines;
}
