import type { CoveredOutcome, TestResult, TextStyle } from '@parley/conversation-tests';
import pc from 'picocolors';
import type { CommandIo } from './command-io';

/** Terminal colours for the report (picocolors turns them off with NO_COLOR). */
export const terminalStyle: TextStyle = {
  bold: pc.bold,
  dim: pc.dim,
  red: pc.red,
  green: pc.green,
  yellow: pc.yellow,
};

/**
 * The report's last lines, the same for tests run here and in a runtime:
 * `outcome coverage: 31 of 32 outcomes taken; not taken: ask-order → invalid`,
 * then `N passed, N failed`. Returns the exit code.
 */
export function printSummary(
  io: CommandIo,
  results: readonly Pick<TestResult, 'passed'>[],
  coverage: { covered: number; total: number; missing: readonly CoveredOutcome[] },
): number {
  const failed = results.filter((r) => !r.passed).length;
  const head = `outcome coverage: ${coverage.covered} of ${coverage.total} outcomes taken`;
  const missing = coverage.missing.map((m) => `${m.nodeId} → ${m.outcome}`);
  io.out('');
  io.out(pc.dim(missing.length === 0 ? head : `${head}; not taken: ${missing.join(', ')}`));
  io.out(`${results.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
