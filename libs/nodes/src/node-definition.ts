import type {
  BotDocument,
  LocalizedLabel,
  NodeCheckContext,
  NodeCheckIssue,
  NodeKindContract,
} from '@parley/flow';
import type { z } from 'zod';
import type { NodeCategory } from './node-category';
import type { NodeKind } from './node-kinds';

/** The studio's UI languages (labels are `{ en, zh }`). */
export type UiLocale = keyof LocalizedLabel;

/** A node's `data`: the settings as stored in the document. */
export type NodeData = Record<string, unknown>;

/** What a kind's settings schema must be: an object in, an object out. */
export type NodeSettingsSchema = z.ZodType<NodeData, NodeData>;

/**
 * What outcomes may look at beyond the settings. Only the intent node needs it: with
 * an empty intent list it routes on every intent the bot declares. A
 * `NodeCheckContext` fits here as it is.
 */
export interface OutcomeContext {
  readonly doc: Pick<BotDocument, 'intents'>;
}

/**
 * Everything Parley knows about one node kind, browser-safe: the palette entry, the
 * settings schema the studio's form and the validator read, the outcomes the canvas
 * draws as handles, and the kind's own checks. Settings-taking methods use method
 * syntax so that a definition typed for its own settings still satisfies flow's
 * `NodeKindContract` (which passes `unknown`); callers must parse with
 * `settingsSchema` first.
 *
 * @example
 * const def = getNodeDefinition(node.type);
 * const settings = def?.settingsSchema.parse(node.data);
 */
export interface NodeDefinition<
  K extends NodeKind = NodeKind,
  S extends NodeSettingsSchema = NodeSettingsSchema,
> extends NodeKindContract {
  readonly kind: K;
  readonly label: LocalizedLabel;
  /** One line for the palette. */
  readonly description: LocalizedLabel;
  /** A lucide icon name, e.g. `message-square`. */
  readonly icon: string;
  readonly category: NodeCategory;
  /** Hex colour of the node's accent on the canvas. */
  readonly color: string;
  readonly settingsSchema: S;
  /** Named outcomes (edge `sourceHandle`s); each needs an edge unless optional. */
  outcomes(settings: z.output<S>, context?: OutcomeContext): readonly string[];
  /** Outcomes that may stay unconnected; the engine then sends the bot's fallback. */
  optionalOutcomes(settings: z.output<S>): readonly string[];
  waitsForInput(settings: z.output<S>): boolean;
  /** What the canvas writes beside an outcome's handle. */
  outcomeLabel(outcome: string, settings: z.output<S>): LocalizedLabel;
  /** One line for the node's body on the canvas. */
  summary(settings: z.output<S>, locale: UiLocale): string;
  /**
   * The `data` of a freshly dropped node: only what the schema cannot default
   * (placeholder text, a first branch...), in the analyst's UI language. Always parses.
   */
  defaults(locale?: UiLocale): z.input<S>;
  check?(settings: z.output<S>, context: NodeCheckContext): readonly NodeCheckIssue[];
}

/**
 * Identity function that lets TypeScript infer `K` from `kind` and `S` from
 * `settingsSchema`, so the methods receive typed settings without annotations.
 */
export function defineNode<K extends NodeKind, S extends NodeSettingsSchema>(
  definition: NodeDefinition<K, S>,
): NodeDefinition<K, S> {
  return definition;
}
