import { create } from 'zustand';
import type { FlowCoverage, TestResult, TestRun } from '../../api/tests-schemas';

/** What the Tests page knows of one bot's runs. */
export interface BotTestRuns {
  /** Each test's latest result, by name, from whichever run included it. */
  results: Record<string, TestResult>;
  /** The last run of all tests: its counts, coverage and the draft revision it ran on. */
  lastFull: {
    summary: TestRun['summary'];
    coverage: FlowCoverage[];
    revision: number | null;
  } | null;
  /** Names being run now; `all` while every test runs. */
  running: 'all' | string[] | null;
  error: unknown;
}

interface TestRunState {
  byBot: Record<string, BotTestRuns>;
  started: (botId: string, names: 'all' | string[]) => void;
  finished: (botId: string, run: TestRun, full: boolean) => void;
  failed: (botId: string, error: unknown) => void;
  /** A test renamed or deleted: its old result no longer belongs to anything. */
  forget: (botId: string, name: string) => void;
}

export const emptyRuns: BotTestRuns = { results: {}, lastFull: null, running: null, error: null };

/**
 * Test results per bot, kept while the studio is open: a run started on the Tests page
 * finishes even if the analyst goes to the canvas meanwhile, and the results are there
 * on return.
 */
export const useTestRunStore = create<TestRunState>()((set) => {
  const update = (botId: string, change: (runs: BotTestRuns) => Partial<BotTestRuns>) =>
    set((state) => {
      const runs = state.byBot[botId] ?? emptyRuns;
      return { byBot: { ...state.byBot, [botId]: { ...runs, ...change(runs) } } };
    });
  return {
    byBot: {},
    started: (botId, names) => update(botId, () => ({ running: names, error: null })),
    finished: (botId, run, full) =>
      update(botId, (runs) => ({
        running: null,
        results: {
          ...(full ? {} : runs.results),
          ...Object.fromEntries(run.tests.map((test) => [test.name, test])),
        },
        lastFull: full
          ? {
              summary: run.summary,
              coverage: run.coverage.flows,
              revision: run.target.revision ?? null,
            }
          : runs.lastFull,
      })),
    failed: (botId, error) => update(botId, () => ({ running: null, error })),
    forget: (botId, name) =>
      update(botId, (runs) => {
        const { [name]: _dropped, ...results } = runs.results;
        return { results };
      }),
  };
});
