/** `@parley/cli`: the `parley` command, usable as a library by other tools and tests. */
export { main } from './main';
export type { CommandIo } from './commands/command-io';

// Conversation tests, for hosts that run them outside the terminal (e.g. a simulator).
export * from './conversation-tests/conversation-test.schema';
export * from './conversation-tests/port-script.schema';
export { runConversationTest } from './conversation-tests/conversation-test.runner';
export type { TestReport, TurnReport } from './conversation-tests/conversation-test.runner';
export type { NodePlace, TurnFailure } from './conversation-tests/turn-failure';
export {
  readConversationTestFile,
  readEmbeddedTests,
} from './conversation-tests/conversation-test-file.reader';
export { outcomeCoverage } from './conversation-tests/outcome-coverage';
export type { CoveredOutcome, OutcomeCoverage } from './conversation-tests/outcome-coverage';
