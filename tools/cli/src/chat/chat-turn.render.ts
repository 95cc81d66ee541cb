import type { MessageButton, TraceNote, TraceStep } from '@parley/engine';
import type { TurnRecord } from '@parley/testing';
import pc from 'picocolors';
import { renderMessages } from './message.render';

/**
 * What the terminal shows after a turn: the bot's messages, why a node failed or the
 * fallback was said (so an analyst sees "Lookup not configured" rather than guessing),
 * and what the user can do next when the conversation is not simply waiting.
 */
export function renderTurn(record: TurnRecord): { lines: string[]; choices: MessageButton[] } {
  const { lines, choices } = renderMessages(record.messages);
  for (const entry of record.trace) {
    if (entry.type === 'step' && entry.error !== undefined) lines.push(pc.dim(failure(entry)));
    if (entry.type === 'note' && noteworthy(entry))
      lines.push(pc.dim(`(${entry.code}: ${entry.message})`));
  }
  switch (record.status) {
    case 'handoff':
      lines.push(
        pc.dim(
          '(type /handback [name=value …] to hand back as the agent, /timer to let the wait run out)',
        ),
      );
      break;
    case 'ended':
      lines.push(pc.dim('(type /restart to start again, /quit to leave)'));
      break;
    case 'idle':
      lines.push(pc.dim('(the flow is done: your next message starts it again)'));
      break;
    case 'waiting':
      break;
  }
  return { lines, choices };
}

function failure(step: TraceStep): string {
  return `(node "${step.nodeId}" failed: ${step.error ?? ''})`;
}

function noteworthy(note: TraceNote): boolean {
  return ['fallback', 'step-limit', 'event-ignored', 'timer-ignored', 'event-after-end'].includes(
    note.code,
  );
}
