/** Stable codes for everything `validateBot` can find; the studio and API key on them. */
export type ProblemCode =
  | 'invalid-json'
  | 'unsupported-schema-version'
  | 'invalid-document'
  | 'duplicate-id'
  | 'duplicate-name'
  | 'unknown-locale'
  | 'missing-start'
  | 'multiple-starts'
  | 'unknown-node-kind'
  | 'invalid-settings'
  | 'missing-outcome-edge'
  | 'unknown-outcome'
  | 'duplicate-outcome-edge'
  | 'edge-source-missing'
  | 'edge-target-missing'
  | 'unreachable-node'
  | 'cycle-without-input'
  | 'expression-syntax'
  | 'template-syntax'
  | 'undeclared-variable'
  | 'unknown-flow'
  | 'unknown-intent'
  | 'unknown-entity'
  | 'unknown-node'
  | 'subflow-parameters'
  | 'kind-rule'
  | 'internal-error';

/**
 * `error` blocks publishing; `warning` is shown but allowed (e.g. a node nothing
 * leads to yet, which analysts leave while drafting).
 */
export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with a bot document, located precisely enough to draw a badge. */
export interface Problem {
  code: ProblemCode;
  severity: ProblemSeverity;
  /** The flow it is in, when it is in one. */
  flowId?: string;
  nodeId?: string;
  edgeId?: string;
  /** Path from the document root, e.g. `["flows", 0, "nodes", 3, "data", "text", "en"]`. */
  path: (string | number)[];
  /** What is wrong, in words an analyst understands. */
  message: string;
}
