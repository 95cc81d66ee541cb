import { TooltipIconButton } from '../../app/tooltip-icon-button';
import { Badge, Box, Group, Text } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { countSeverities, filterProblems, groupByFlow, showEverything } from './problem-filters';
import { ProblemFilterBar } from './problem-filter-bar';
import { ProblemGroups } from './problem-groups';
import { ProblemsEmpty } from './problems-empty';
import classes from './problems-panel.module.css';

export const problemsPanelId = 'problems-panel';

export interface ProblemsPanelProps {
  problems: readonly Problem[];
  document: DraftDocument;
  /** The flow on the canvas: what "this flow" means. */
  openFlowId: string;
  /** Opens what a problem is about; only called for problems in a flow. */
  onSelect: (problem: Problem) => void;
  onClose: () => void;
  height?: number;
}

/**
 * Every problem of the bot, docked under the canvas: filtered by flow and severity,
 * under one heading per flow, errors first. A row about a flow opens it on the canvas.
 */
export function ProblemsPanel(props: ProblemsPanelProps) {
  const { problems, document, openFlowId, onSelect, onClose } = props;
  const { t } = useTranslation('problems');
  const [filter, setFilter] = useState(showEverything);
  const shown = useMemo(
    () => filterProblems(problems, filter, openFlowId),
    [problems, filter, openFlowId],
  );
  const flowOrder = useMemo(() => document.flows.map((flow) => flow.id), [document.flows]);
  const groups = useMemo(() => groupByFlow(shown, flowOrder), [shown, flowOrder]);
  const counts = countSeverities(problems);
  return (
    <Box
      id={problemsPanelId}
      className={classes.panel}
      h={props.height ?? 260}
      data-testid="problems-panel"
      role="region"
      aria-label={t('panel.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {/* On a narrow canvas (settings open) the filters move under the title. */}
      <Group gap="sm" px="sm" py={6} justify="space-between" style={{ rowGap: 4 }}>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('panel.title')}
          </Text>
          <Badge
            color="red"
            variant="light"
            size="sm"
            style={{ flexShrink: 0 }}
            data-testid="problems-errors"
          >
            {t('panel.errors', { count: counts.error })}
          </Badge>
          <Badge
            color="yellow"
            variant="light"
            size="sm"
            style={{ flexShrink: 0 }}
            data-testid="problems-warnings"
          >
            {t('panel.warnings', { count: counts.warning })}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {problems.length > 0 && (
            <ProblemFilterBar
              problems={problems}
              document={document}
              openFlowId={openFlowId}
              filter={filter}
              onChange={setFilter}
            />
          )}
          <TooltipIconButton
            label={t('panel.close')}
            color="gray"
            testId="problems-close"
            onClick={onClose}
          >
            <IconX size={16} />
          </TooltipIconButton>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <ProblemsEmpty
          anyProblems={problems.length > 0}
          onShowAll={() => setFilter(showEverything)}
        />
      ) : (
        <ProblemGroups groups={groups} document={document} onSelect={onSelect} />
      )}
    </Box>
  );
}
