/**
 * `@parley/conversation-tests`: scripted conversations replayed through the real engine
 * and executors, checked turn by turn, with outcome coverage. Used by `parley test`
 * (files and bot documents) and by the runtime (the run API, the publish gate).
 */
export * from './conversation-test.schema';
export * from './port-script.schema';
export { buildPortScript, describeScript, scriptedMethods } from './port-script.builder';
export type { ScriptedMethod } from './port-script.builder';
export { createTurnPorts, type TurnPorts } from './turn-ports';
export { runConversationTest } from './conversation-test.runner';
export type { TestReport, TurnReport } from './conversation-test.runner';
export type { NodePlace, TurnFailure } from './turn-failure';
export { checkTurn } from './turn-expectation.checker';
export {
  buttonLabels,
  expectedText,
  messageChoices,
  mismatch,
  visibleMessages,
} from './message-expectation.matcher';
export { outcomeCoverage } from './outcome-coverage';
export type { CoveredOutcome, OutcomeCoverage } from './outcome-coverage';
export { coverageReport } from './coverage-view';
export type { CoverageReport, FlowCoverage, NodeCoverage } from './coverage-view';
export { toTestResult, summarise } from './test-result';
export type { TestFailureSummary, TestResult, TurnInput, TurnResult } from './test-result';
export { runTestSuite, type TestSuiteResult } from './run-test-suite';
export { formatTestResult } from './test-report.format';
export { describeInput, plainStyle, type TextStyle } from './failure-text';
export { diffText, renderDiff, type DiffPart } from './text-diff';
