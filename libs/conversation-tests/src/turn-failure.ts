import type { Json, OutboundMessage } from '@parley/engine';
import type { MessageExpectation } from './conversation-test.schema';

/** A node of the bot, as a failure points at it. */
export interface NodePlace {
  flowId: string;
  nodeId: string;
  kind: string | undefined;
}

/**
 * One way a turn did not go as the test expected. `at` is the node where the
 * conversation diverged: the node that said the first unexpected message, the
 * node that chose another way than the expected node, or where the turn stopped.
 */
export type TurnFailure = { at: NodePlace | undefined } & (
  | {
      kind: 'message';
      /** 0-based position of the first message that differs. */
      index: number;
      expected: MessageExpectation | undefined;
      actual: OutboundMessage | undefined;
      /** What is wrong with it, when both exist (`text differs`, `buttons differ`…). */
      reason: string;
    }
  | { kind: 'node'; expected: string; actual: string | undefined; path: string[]; detail?: string }
  | { kind: 'vars'; name: string; expected: Json; actual: Json | undefined }
  | { kind: 'ended' | 'handedOff'; expected: string; actual: string }
  | { kind: 'ports' | 'error'; message: string }
);
