import type { z } from 'zod';
import type { NodeCatalogContract, NodeKindContract } from '../catalog-contract';
import type { BotDocument } from '../document/bot-document.schema';
import type { Flow, FlowNode } from '../document/graph.schema';
import type { Problem } from '../problem';
import type { ValidationMessages } from './messages/validation-messages';
import type { LabelledField } from './widget-fields';

export type Path = readonly (string | number)[];

/** One node as the checks see it: its kind and parsed settings, worked out once. */
export interface NodeInfo {
  readonly node: FlowNode;
  /** `["flows", f, "nodes", n]`. */
  readonly path: Path;
  /** Undefined when the catalog has no such kind. */
  readonly kind: NodeKindContract | undefined;
  /** True when `data` passed the kind's settings schema; `settings` is then its output. */
  readonly parsed: boolean;
  readonly settings: unknown;
  readonly settingsIssues: readonly z.core.$ZodIssue[];
  /** Settings values with a reference widget (expressions, templates, names); empty unless parsed. */
  readonly fields: readonly LabelledField[];
  /** Undefined when they cannot be known (unknown kind, invalid settings, a kind that failed). */
  readonly outcomes: ReadonlySet<string> | undefined;
  readonly optionalOutcomes: ReadonlySet<string>;
  /** A node that cannot be read counts as waiting, so it never causes a loop report. */
  readonly waitsForInput: boolean;
}

/** One flow with its nodes analysed and indexed. */
export interface FlowInfo {
  readonly flow: Flow;
  /** `["flows", f]`. */
  readonly path: Path;
  readonly nodes: readonly NodeInfo[];
  /** The first node with each id; duplicate ids are reported by their own check. */
  readonly nodeById: ReadonlyMap<string, NodeInfo>;
  /** Names expressions in this flow may read: the bot's variables, its parameters and returns. */
  readonly readableNames: ReadonlySet<string>;
}

/** Everything the checks share, built once per `validateBot` call by `analyseDocument`. */
export interface ValidationContext {
  readonly doc: BotDocument;
  readonly catalog: NodeCatalogContract;
  readonly flows: readonly FlowInfo[];
  readonly flowIds: ReadonlySet<string>;
  readonly intentNames: ReadonlySet<string>;
  /** Declared and system entities. */
  readonly entityNames: ReadonlySet<string>;
  readonly locales: ReadonlySet<string>;
  /** The catalogue every check writes its messages with, in the caller's language. */
  readonly messages: ValidationMessages;
  /** Found while analysing: a kind whose `outcomes` or `waitsForInput` threw. */
  readonly analysisProblems: readonly Problem[];
}

/** One check: reads the context, returns what it finds, in document order. */
export type ValidationCheck = (context: ValidationContext) => Problem[];
