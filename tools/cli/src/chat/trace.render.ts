import type { Json, PortCallTrace, TraceEntry } from '@parley/engine';
import pc from 'picocolors';

/** Longest JSON shown for a port's input or result before it is cut. */
const MAX_JSON = 240;

/**
 * A turn's trace, readable: each node step with its flow, kind, how it was entered
 * and what it decided; the variables it changed (before → after); the port calls it
 * made (input → result or error, with the time taken); its notes and error. Engine
 * notes (fallback, ignored events…) appear where they happened.
 */
export function renderTrace(trace: readonly TraceEntry[]): string[] {
  if (trace.length === 0) return [pc.dim('(no trace yet)')];
  const lines: string[] = [];
  let step = 0;
  for (const entry of trace) {
    if (entry.type === 'note') {
      lines.push(`   ${pc.yellow('·')} ${entry.code}: ${entry.message}`);
      continue;
    }
    step += 1;
    const decided =
      entry.outcome !== undefined ? `→ ${pc.bold(entry.outcome)}` : `(${entry.result})`;
    const resumed = entry.phase === 'resume' ? ', resumed' : '';
    lines.push(
      `${String(step).padStart(2)}. ${entry.flowId} › ${pc.bold(entry.nodeId)} (${entry.kind}${resumed}) ${decided} ${pc.dim(`${entry.ms.toFixed(1)} ms`)}`,
    );
    for (const change of entry.varsChanged)
      lines.push(`      ${change.name}: ${show(change.before)} → ${show(change.after)}`);
    for (const call of entry.portCalls) lines.push(`      ${portCall(call)}`);
    for (const note of entry.notes) lines.push(`      ${pc.dim(`note: ${note}`)}`);
    if (entry.error !== undefined) lines.push(`      ${pc.red(`error: ${entry.error}`)}`);
  }
  return lines;
}

function portCall(call: PortCallTrace): string {
  const outcome = call.error !== undefined ? pc.red(`✗ ${call.error}`) : show(call.result);
  return `${pc.magenta(`${call.port}.${call.method}`)} ${describeInput(call.input)} → ${outcome} ${pc.dim(`${call.ms.toFixed(1)} ms`)}`;
}

/** HTTP calls read best as `GET url`; anything else as compact JSON. */
function describeInput(input: Json): string {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const { method, url } = input;
    if (typeof method === 'string' && typeof url === 'string') return `${method} ${url}`;
  }
  return show(input);
}

function show(value: Json | undefined): string {
  if (value === undefined) return pc.dim('(unset)');
  const text = JSON.stringify(value);
  return text.length > MAX_JSON ? `${text.slice(0, MAX_JSON)}…` : text;
}
