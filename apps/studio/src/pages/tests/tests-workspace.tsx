import type { StoredConversationTest } from '@parley/flow';
import { Button, Grid, Group, Stack } from '@mantine/core';
import { IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DraftPageContext } from '../bot-data/draft-page';
import { useDraft } from '../../draft/use-draft';
import { CoverageCard } from './coverage-card';
import { addTest, draftTests, unusedName } from './draft-tests';
import { RunSummary } from './run-summary';
import { TestDetail } from './test-detail';
import { TestEditor } from './test-editor';
import { emptyTestForm } from './test-form-model';
import { TestList } from './test-list';
import { emptyRuns, useTestRunStore } from './test-run-store';
import { TestsEmpty } from './tests-empty';
import { useRunTests } from './use-run-tests';

/** The list of tests beside the selected one, under the last run's summary and coverage. */
export function TestsWorkspace({
  botId,
  document,
  edit,
  store,
}: DraftPageContext & { botId: string }) {
  const { t } = useTranslation('tests');
  const tests = useMemo(() => draftTests(document), [document]);
  const runs = useTestRunStore((state) => state.byBot[botId] ?? emptyRuns);
  const revision = useDraft(store, (s) => s.revision);
  const run = useRunTests(botId, store);
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<string | null>(params.get('test'));
  const [mode, setMode] = useState<'view' | 'edit' | 'new'>('view');
  const current = tests.find((test) => test.name === selected) ?? tests[0];
  const otherNames = (except: string | null) =>
    tests.filter((test) => test.name !== except).map((test) => test.name);

  const select = (name: string) => {
    setSelected(name);
    setMode('view');
    // The address names the test, so a link (from the publish dialog) opens it.
    setParams({ test: name }, { replace: true });
  };
  const saveNew = (test: StoredConversationTest) => {
    edit((doc) => addTest(doc, test));
    select(test.name);
  };
  const runAll = () => void run();

  const newTest = mode === 'new' && (
    <TestEditor
      title={t('editor.newTitle')}
      initial={emptyTestForm(unusedName(document, (number) => t('newName', { number })))}
      otherNames={otherNames(null)}
      document={document}
      onSave={saveNew}
      onCancel={() => setMode('view')}
    />
  );
  if (tests.length === 0) return newTest || <TestsEmpty onAdd={() => setMode('new')} />;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <RunSummary runs={runs} draftRevision={revision} count={tests.length} />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setMode('new')}
            data-testid="test-add"
          >
            {t('add')}
          </Button>
          <Button
            leftSection={<IconPlayerPlay size={16} />}
            loading={runs.running === 'all'}
            disabled={runs.running !== null}
            onClick={runAll}
            data-testid="tests-run-all"
          >
            {t('runAll')}
          </Button>
        </Group>
      </Group>
      {runs.lastFull && (
        <CoverageCard botId={botId} document={document} coverage={runs.lastFull.coverage} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TestList tests={tests} runs={runs} selected={current?.name ?? null} onSelect={select} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {newTest ||
            (current && (
              <TestDetail
                key={`${current.index}:${current.name}`}
                test={current}
                document={document}
                edit={edit}
                otherNames={otherNames(current.name)}
                result={runs.results[current.name]}
                running={isRunning(runs.running, current.name)}
                busy={runs.running !== null}
                editing={mode === 'edit'}
                onEditingChange={(on) => setMode(on ? 'edit' : 'view')}
                onRun={() => void run([current.name])}
                onSelect={select}
              />
            ))}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function isRunning(running: 'all' | string[] | null, name: string): boolean {
  return running === 'all' || (Array.isArray(running) && running.includes(name));
}
