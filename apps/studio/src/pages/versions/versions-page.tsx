import { Button, Center, Container, Loader, Tooltip } from '@mantine/core';
import { IconDownload, IconHistory, IconRocket } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { VersionSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { useResource } from '../../app/use-resource';
import { useBot } from '../bot/bot-context';
import { EmptyState } from '../shared/empty-state';
import { PageHeader } from '../shared/page-header';
import { CompareBar } from './compare-bar';
import { VersionDiffView } from './diff/version-diff-view';
import { PublishModal } from './publish-modal';
import { RestoreVersionModal } from './restore-version-modal';
import { useExportBot } from './use-export-bot';
import { useReleaseRights } from './use-release-rights';
import { VersionTable } from './version-table';
import { ErrorAlert } from '../shared/error-alert';

/**
 * The bot's history: every published version and where it runs, a diff of any
 * two (kept in the address, `?from=1&to=3`, so it can be shared), restore, publish, export.
 */
export function VersionsPage() {
  const { t } = useTranslation('versions');
  const { versions: api } = useApi();
  const { bot, reloadBot } = useBot();
  const { canRelease } = useReleaseRights();
  const { exporting, exportBot } = useExportBot();
  const versions = useResource(
    useCallback(() => api.list(bot.id), [api, bot.id]),
    bot.id,
  );
  const [publishing, setPublishing] = useState(false);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [params, setParams] = useSearchParams();
  const compared = comparedVersions(params);
  const [selected, setSelected] = useState<number[]>(() =>
    compared ? [compared.from, compared.to] : [],
  );

  function compare(from: number, to: number) {
    setSelected([from, to]);
    setParams({ from: String(from), to: String(to) }, { replace: true });
  }
  function toggle(number: number) {
    // Ticking a third version drops the oldest ticked one, so two stay compared.
    const next = selected.includes(number)
      ? selected.filter((n) => n !== number)
      : [...selected, number].slice(-2);
    setSelected(next);
    const [a, b] = next;
    if (a !== undefined && b !== undefined) compare(Math.min(a, b), Math.max(a, b));
    else setParams({}, { replace: true });
  }

  const actions = (
    <>
      {canRelease && (
        <Button
          variant="default"
          leftSection={<IconDownload size={18} />}
          loading={exporting}
          onClick={() => void exportBot(bot.id)}
          data-testid="export-bot"
        >
          {t('export.button')}
        </Button>
      )}
      <Tooltip label={t('publish.blockedRole')} disabled={canRelease}>
        {/* A disabled button gets no pointer events; the wrapper keeps the tooltip working. */}
        <span>
          <Button
            leftSection={<IconRocket size={18} />}
            onClick={() => setPublishing(true)}
            disabled={!canRelease}
            data-testid="publish"
          >
            {t('publish.button')}
          </Button>
        </span>
      </Tooltip>
    </>
  );

  return (
    <Container size="xl" w="100%" py="xl">
      <PageHeader title={t('title')} description={t('description')} actions={actions} />
      {versions.data ? (
        versions.data.length > 0 ? (
          <>
            <CompareBar selected={selected} onClear={() => toggle(selected[0] ?? 0)} />
            <VersionTable
              versions={versions.data}
              environments={bot.environments}
              selected={selected}
              onToggle={toggle}
              onCompare={compare}
              canRestore={canRelease}
              onRestore={setRestoring}
            />
            {compared && (
              <VersionDiffView
                botId={bot.id}
                from={compared.from}
                to={compared.to}
                onClose={() => {
                  setSelected([]);
                  setParams({}, { replace: true });
                }}
              />
            )}
          </>
        ) : (
          <EmptyState
            icon={<IconHistory size={28} />}
            title={t('emptyTitle')}
            description={t('emptyDescription')}
            testId="versions-empty"
          />
        )
      ) : versions.loading ? (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <ErrorAlert error={versions.error} />
      )}
      <PublishModal
        botId={bot.id}
        opened={publishing}
        onClose={() => setPublishing(false)}
        onPublished={() => {
          versions.reload();
          reloadBot();
        }}
      />
      <RestoreVersionModal
        botId={bot.id}
        version={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          reloadBot();
        }}
      />
    </Container>
  );
}

function comparedVersions(params: URLSearchParams): { from: number; to: number } | null {
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  return Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0 && from !== to
    ? { from: Math.min(from, to), to: Math.max(from, to) }
    : null;
}
