import { Box, Group, ScrollArea, Text } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { useUiLocale } from '../../settings-form';
import type { ProblemGroup } from './problem-filters';
import { describePlace, flowName } from './problem-place';
import { ProblemRow } from './problem-row';
import classes from './problems-panel.module.css';

/** The problems list's rows under a sticky heading per flow (and one for the bot as a whole). */
export function ProblemGroups({
  groups,
  document,
  onSelect,
}: {
  groups: readonly ProblemGroup[];
  document: DraftDocument;
  onSelect: (problem: Problem) => void;
}) {
  const { t } = useTranslation('problems');
  const locale = useUiLocale();
  return (
    <ScrollArea style={{ flex: 1 }} type="auto" data-testid="problems-list">
      {groups.map((group) => {
        const flow = group.flowId === undefined ? t('group.bot') : flowName(document, group.flowId);
        return (
          <Box key={group.flowId ?? ''} data-testid="problems-group" data-flow-id={group.flowId}>
            <Group gap={6} className={classes.groupTitle}>
              <Text size="xs" fw={600}>
                {flow}
              </Text>
              <Text size="xs" c="dimmed">
                {group.problems.length}
              </Text>
            </Group>
            {group.problems.map((problem, index) => (
              <ProblemRow
                key={index}
                problem={problem}
                flow={flow}
                place={describePlace(problem, document, locale, t)}
                onSelect={problem.flowId === undefined ? undefined : onSelect}
              />
            ))}
          </Box>
        );
      })}
    </ScrollArea>
  );
}
