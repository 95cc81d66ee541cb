import type { LocalizedLabel } from '../../document/localized.schema';
import type { FlowNode } from '../../document/graph.schema';
import type { FlowInfo, NodeInfo, Path } from '../validation-context';

/** The languages `validateBot` can write its messages in. */
export type ValidationLocale = 'en' | 'zh-CN';

/** How `validateBot` should report. */
export interface ValidateBotOptions {
  /** The language of `Problem.message`; English when left out. */
  locale?: ValidationLocale;
}

/** A settings value of a node: where field messages point. */
export interface FieldAt {
  readonly flow: FlowInfo;
  readonly node: NodeInfo;
  /** Path inside the node's `data`. */
  readonly path: Path;
  /** The schema's label in both studio languages, when it has one. */
  readonly label: LocalizedLabel | undefined;
}

/** Ids and names that must be unique, as `duplicate` names them. */
export type DuplicateSubject =
  | 'flow-id'
  | 'node-id'
  | 'edge-id'
  | 'variable-name'
  | 'intent-name'
  | 'entity-name'
  | 'test-name'
  | 'parameter-name'
  | 'return-name';

/** Texts with a variant per locale, as `unknownLocaleVariant` names them. */
export type LocalizedSubject =
  | { readonly kind: 'fallback-message' }
  | { readonly kind: 'intent-utterances'; readonly intent: string }
  | { readonly kind: 'entity-synonyms'; readonly entity: string; readonly value: string }
  | { readonly kind: 'template-field'; readonly field: FieldAt };

/** Something a conversation test names that the bot does not have. */
export type TestReference =
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'node'; readonly node: string }
  | { readonly kind: 'locale'; readonly locale: string; readonly locales: readonly string[] };

/** The checks `validateBot` runs, named in an internal-error message when one fails. */
export type CheckName =
  | 'duplicates'
  | 'locales'
  | 'start node'
  | 'node kinds'
  | 'settings'
  | 'edge ends'
  | 'edge outcomes'
  | 'missing outcome edges'
  | 'reachability'
  | 'loops'
  | 'fields'
  | 'conversation tests'
  | 'kind rules';

/**
 * Every message the checks write, one method per variant, so that each language
 * is one object and a check never builds text itself. Details that come from
 * outside (a kind's own rule, a zod issue, a parser's error) arrive as `detail`
 * and are framed, not translated.
 */
export interface ValidationMessages {
  /** `first` and `second` count from 1; `flow` is undefined for names unique in the bot. */
  duplicate(
    subject: DuplicateSubject,
    key: string,
    flow: FlowInfo | undefined,
    first: number,
    second: number,
  ): string;
  defaultLocaleNotListed(locale: string, locales: readonly string[]): string;
  unknownLocaleVariant(
    subject: LocalizedSubject,
    locale: string,
    locales: readonly string[],
  ): string;
  missingStart(flow: FlowInfo): string;
  multipleStarts(flow: FlowInfo, startIds: readonly string[], extraId: string): string;
  unknownNodeKind(flow: FlowInfo, node: NodeInfo, knownKinds: readonly string[]): string;
  invalidSettings(flow: FlowInfo, node: NodeInfo, path: Path, detail: string): string;
  edgeSourceMissing(flow: FlowInfo, edgeId: string, source: string): string;
  edgeTargetMissing(flow: FlowInfo, edgeId: string, target: string): string;
  unknownOutcome(
    flow: FlowInfo,
    source: NodeInfo,
    edgeId: string,
    outcome: string,
    outcomes: readonly string[],
  ): string;
  duplicateOutcomeEdge(
    flow: FlowInfo,
    source: NodeInfo,
    outcome: string,
    firstEdgeId: string,
    edgeId: string,
  ): string;
  missingOutcomeEdge(flow: FlowInfo, node: NodeInfo, outcome: string): string;
  unreachableNode(flow: FlowInfo, node: NodeInfo): string;
  /** `nodes` in document order; `selfLoop` when it is one node with an edge to itself. */
  cycleWithoutInput(flow: FlowInfo, nodes: readonly NodeInfo[], selfLoop: boolean): string;
  expressionSyntax(
    field: FieldAt,
    detail: string | undefined,
    position: number | undefined,
  ): string;
  templateSyntax(field: FieldAt, detail: string | undefined): string;
  /** A variable field names a variable the flow cannot see. */
  undeclaredVariable(field: FieldAt, name: string): string;
  /** An expression or template reads `vars.<name>`, which the flow cannot see. */
  undeclaredRead(field: FieldAt, name: string): string;
  unknownFlow(field: FieldAt, name: string): string;
  unknownIntent(field: FieldAt, name: string): string;
  unknownEntity(field: FieldAt, name: string, systemEntities: readonly string[]): string;
  /** A node kind's own rule; `path` inside the node's data, empty for the whole node. */
  kindRule(flow: FlowInfo, node: NodeInfo, path: Path, detail: string): string;
  /** Short, for a line that already names the test (`parley test`). */
  testReference(reference: TestReference): string;
  /** The validator's warning: the test's name (when known) and the reference. */
  testProblem(testName: string | undefined, reference: TestReference): string;
  /** A node kind's own code threw while checking `node`. */
  kindFailed(flowId: string, node: FlowNode, method: string, reason: string): string;
  checkFailed(check: CheckName, reason: string): string;
  validationStopped(reason: string): string;
}
