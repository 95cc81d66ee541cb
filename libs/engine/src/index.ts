/**
 * `@parley/engine`: runs a bot document for one conversation, one event at a time.
 * No I/O of its own: the host hands it executors (from `@parley/nodes`) and ports.
 */
export * from './json';
export * from './events';
export * from './messages';
export * from './session-state';
export * from './trace';
export * from './executor';
export * from './engine-host';
export * from './ports/port-error';
export * from './ports/ports';
export * from './ports/nlu.port';
export * from './ports/llm.port';
export * from './ports/knowledge.port';
export * from './ports/lookup.port';
export * from './ports/action.port';
export type * from './ports/clock.port';
export * from './ports/handoff.port';
export * from './run-turn';
export * from './state/initial-state';
export {
  evaluateExpression,
  type EvaluateOptions,
  type ExpressionScope,
} from './expressions/expression.evaluator';
export { renderTemplate, pickLocale } from './expressions/template.renderer';
export { readOnlyRecord, readOnlyCopy } from './expressions/read-only-view';
export { ExpressionError, expressionLimits } from './expressions/expression-limits';
export { maskSecrets, isSecretKey, MASK } from './ports/secret-mask';
