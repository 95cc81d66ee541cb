import type { BotDocument } from '@parley/flow';
import type { EngineHost, TurnResult } from '../engine-host';
import type { InboundEvent } from '../events';
import { runTurn } from '../run-turn';
import type { SessionState } from '../session-state';

/**
 * Run events one after another from `state` (a new conversation when `null`), returning
 * every turn's result; the last one holds the final state.
 */
export async function converse(
  doc: BotDocument,
  events: InboundEvent[],
  host: EngineHost,
  state: SessionState | null = null,
): Promise<TurnResult[]> {
  const results: TurnResult[] = [];
  let current = state;
  for (const event of events) {
    const result = await runTurn(doc, current, event, host);
    results.push(result);
    current = result.state;
  }
  return results;
}

/** The texts of all text messages in some turn results. */
export function textsOf(results: readonly TurnResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.flatMap((message) => (message.type === 'text' ? [message.text] : [])),
  );
}
