import { Badge } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { useTranslation } from 'react-i18next';
import { countSeverities } from './problem-filters';
import { ProblemsTooltip } from './problem-messages';
import { SeverityIcon } from './severity-icon';

/** A node card's count of problems; hovering or focusing it lists their messages. */
export function ProblemsBadge({
  problems,
  testId,
}: {
  problems: readonly Problem[];
  testId: string;
}) {
  const { t } = useTranslation('problems');
  if (problems.length === 0) return null;
  const counts = countSeverities(problems);
  const severity = counts.error > 0 ? 'error' : 'warning';
  return (
    <ProblemsTooltip problems={problems}>
      <Badge
        size="sm"
        color={severity === 'error' ? 'red' : 'yellow'}
        variant="light"
        leftSection={<SeverityIcon severity={severity} size={12} />}
        tabIndex={0}
        aria-label={t('marker.label', { count: problems.length })}
        data-testid={testId}
        data-errors={counts.error}
        data-warnings={counts.warning}
        style={{ flexShrink: 0, cursor: 'help' }}
      >
        {problems.length}
      </Badge>
    </ProblemsTooltip>
  );
}
