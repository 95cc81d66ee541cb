import type { z } from 'zod';
import type { BotDocument } from './document/bot-document.schema';
import type { Flow, FlowNode } from './document/graph.schema';
import type { ProblemCode } from './problem';

/** What a kind-specific check may look at. */
export interface NodeCheckContext {
  doc: BotDocument;
  flow: Flow;
  node: FlowNode;
}

/** A problem a kind finds in its own settings; the validator adds flow, node and severity. */
export interface NodeCheckIssue {
  code: ProblemCode;
  /** Path inside the node's `data`. */
  path: (string | number)[];
  message: string;
}

/**
 * What `validateBot` needs to know about a node kind. `libs/nodes` provides these
 * (as part of each kind's definition) so that `libs/flow` depends on nothing of ours.
 * Methods receive settings already parsed by `settingsSchema`.
 */
export interface NodeKindContract {
  readonly settingsSchema: z.ZodType;
  /**
   * The named outcomes the node can take with these settings; each needs an edge.
   * `validateBot` always passes the context (an intent node with no intents listed
   * routes on every intent the bot declares); other callers may leave it out.
   */
  outcomes(settings: unknown, context?: NodeCheckContext): readonly string[];
  /** Outcomes that may stay unconnected (the engine then applies the bot's fallback). */
  optionalOutcomes?(settings: unknown): readonly string[];
  /** True when the node pauses the turn for the customer (or an agent), breaking loops. */
  waitsForInput(settings: unknown): boolean;
  /** Semantic checks of this kind beyond its schema (referenced flows, parameters...). */
  check?(settings: unknown, context: NodeCheckContext): readonly NodeCheckIssue[];
}

/** The node kinds a document may use, keyed by kind. */
export type NodeCatalogContract = Readonly<Record<string, NodeKindContract>>;
