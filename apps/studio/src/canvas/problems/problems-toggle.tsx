import { Badge } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countSeverities } from './problem-filters';
import { problemsPanelId } from './problems-panel';
import { SeverityIcon } from './severity-icon';

/** The toolbar's count of the bot's problems; opens and closes the problems list. */
export function ProblemsToggle({
  problems,
  open,
  onToggle,
}: {
  problems: readonly Problem[];
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation('problems');
  const counts = countSeverities(problems);
  const severity = counts.error > 0 ? 'error' : 'warning';
  return (
    <Badge
      component="button"
      type="button"
      style={{ cursor: 'pointer', border: 0 }}
      color={counts.error > 0 ? 'red' : problems.length > 0 ? 'yellow' : 'teal'}
      variant={open ? 'filled' : 'light'}
      leftSection={
        problems.length > 0 ? (
          <SeverityIcon severity={severity} size={12} color={open ? 'currentColor' : undefined} />
        ) : (
          <IconCircleCheck size={12} />
        )
      }
      title={t(open ? 'toggle.close' : 'toggle.open')}
      aria-expanded={open}
      aria-controls={problemsPanelId}
      data-testid="problems-count"
      data-errors={counts.error}
      data-warnings={counts.warning}
      onClick={onToggle}
    >
      {problems.length > 0 ? t('toggle.count', { count: problems.length }) : t('toggle.none')}
    </Badge>
  );
}
