import type { ActionPort } from './action.port';
import type { ClockPort } from './clock.port';
import type { HandoffPort } from './handoff.port';
import type { KnowledgePort } from './knowledge.port';
import type { LlmPort } from './llm.port';
import type { LookupPort } from './lookup.port';
import type { NluPort } from './nlu.port';

/**
 * Everything outside the engine that executors may reach. The host implements them;
 * the engine wraps each method to trace its calls (secrets masked).
 */
export interface Ports {
  nlu: NluPort;
  llm: LlmPort;
  knowledge: KnowledgePort;
  lookup: LookupPort;
  action: ActionPort;
  clock: ClockPort;
  handoff: HandoffPort;
}

/** The port names, in a stable order. */
export const portNames = [
  'nlu',
  'llm',
  'knowledge',
  'lookup',
  'action',
  'clock',
  'handoff',
] as const;
export type PortName = (typeof portNames)[number];
