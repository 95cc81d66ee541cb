import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFlowCoverageStore } from './flow-coverage-store';

/**
 * A flow's outcome coverage from the bot's last test run, beside its name in the flow
 * list; nothing before a run (or outside a bot's pages).
 */
export function FlowCoverageBadge({ flowId }: { flowId: string }) {
  const { t } = useTranslation('tests');
  const botId = useParams().botId ?? '';
  const figure = useFlowCoverageStore((state) => state.byBot[botId]?.[flowId]);
  if (figure === undefined || figure.total === 0) return null;
  const complete = figure.covered === figure.total;
  return (
    <Tooltip label={t('coverage.badgeHint', { covered: figure.covered, total: figure.total })}>
      <Badge
        size="xs"
        variant="light"
        color={complete ? 'teal' : 'gray'}
        data-testid={`flow-${flowId}-coverage`}
      >
        {figure.covered}/{figure.total}
      </Badge>
    </Tooltip>
  );
}
