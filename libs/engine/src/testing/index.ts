/**
 * `@parley/engine/testing`: helpers for driving the engine in tests — tiny executors,
 * ports that do nothing, a compact document builder and a conversation runner.
 */
export * from './test-executors';
export * from './fake-ports';
export * from './test-document';
export * from './converse';
/** Port contract suites (jest): every real adapter of a port must pass its suite. */
export * as contracts from '../ports/contracts';
