import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import type { DraftStore } from '../../draft/draft-store';
import { showCoverage } from './show-coverage';
import { useTestRunStore } from './test-run-store';

/**
 * Runs the draft's tests on the server (all, or some by name). Pending edits are saved
 * first, since the server runs the draft it has; a run of all tests also puts its
 * coverage on the canvas and beside each flow's name.
 */
export function useRunTests(botId: string, draft: DraftStore): (names?: string[]) => Promise<void> {
  const { t } = useTranslation('tests');
  const { tests } = useApi();
  return useCallback(
    async (names?: string[]) => {
      const runs = useTestRunStore.getState();
      runs.started(botId, names ?? 'all');
      try {
        await draft.getState().saveNow();
        const { saveState, document } = draft.getState();
        if (saveState === 'error' || saveState === 'conflict')
          throw new Error(t('runError.unsaved'));
        const run = await tests.run(botId, { target: 'draft', ...(names ? { names } : {}) });
        runs.finished(botId, run, names === undefined);
        if (names === undefined && document !== null)
          showCoverage(botId, run.coverage.flows, document);
      } catch (error) {
        runs.failed(botId, error);
      }
    },
    [botId, draft, tests, t],
  );
}
