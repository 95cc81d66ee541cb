/** Guardrails applied to every expression evaluation; none can be switched off. */
export const expressionLimits = {
  /** Default wall-clock limit of one evaluation. */
  timeoutMs: 100,
  /** Nesting depth of jsonata's evaluator (deep or runaway recursion). */
  stackDepth: 300,
  /** Items in any sequence jsonata builds. */
  sequenceLength: 10_000,
  /** Longest string any step may produce. */
  stringLength: 100_000,
  /** Longest array any step may produce. */
  arrayLength: 10_000,
  /** Characters all string-producing steps of one evaluation may produce together. */
  producedChars: 2_000_000,
  /** Values nested deeper than this are refused (stack safety when copying). */
  nestingDepth: 64,
  /** Compiled expressions kept in the cache. */
  cacheSize: 2_000,
  /** Longest expression source accepted. */
  sourceLength: 20_000,
  /** Longest regular expression literal accepted. */
  regexSourceLength: 500,
} as const;

/** Why an expression failed: syntax, a guardrail, or a jsonata runtime error. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';

  constructor(
    message: string,
    /** jsonata's error code (`S0201`, `D1012`, …) or ours (`P…`). */
    readonly code: string,
    readonly expression: string,
  ) {
    super(message);
  }
}

/** Thrown from inside an evaluation when a guardrail trips; jsonata passes it through. */
export class ExpressionLimitError extends Error {
  override readonly name = 'ExpressionLimitError';

  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}
