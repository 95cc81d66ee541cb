/**
 * `@parley/testing`: helpers for specs — tiny bots built in a few lines, a runner
 * that plays them through the real engine and executors, and in-memory ports.
 */
export * from './flow-input';
export * from './flow-runner';
export * from './message-text';
export * from './scripted-answer';
export * from './test-clock';
export * from './test-ports';
export * from './tiny-bot.builder';
