import { Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FlowCoverage } from '../../api/tests-schemas';
import type { DraftDocument } from '../../draft/draft-document';
import { coverageFigures, totalCoverage } from './coverage-figures';
import { showCoverage } from './show-coverage';

/** Outcome coverage of the last run of all tests, per flow, with a way to see it on the canvas. */
export function CoverageCard(props: {
  botId: string;
  document: DraftDocument;
  coverage: readonly FlowCoverage[];
}) {
  const { t } = useTranslation('tests');
  const navigate = useNavigate();
  const figures = useMemo(
    () => coverageFigures(props.coverage, props.document),
    [props.coverage, props.document],
  );
  const total = totalCoverage(figures);
  const openCanvas = () => {
    showCoverage(props.botId, props.coverage, props.document);
    void navigate(`/bots/${props.botId}/flows`);
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="coverage-card">
      <Group justify="space-between" mb="sm">
        <Stack gap={0}>
          <Text fw={600}>{t('coverage.title')}</Text>
          <Text size="sm" c="dimmed" data-testid="coverage-total">
            {t('coverage.total', {
              covered: total.covered,
              total: total.total,
              percent: total.percent ?? 100,
            })}
          </Text>
        </Stack>
        <Button
          variant="light"
          leftSection={<IconChartDots3 size={16} />}
          onClick={openCanvas}
          data-testid="coverage-show"
        >
          {t('coverage.show')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {figures.map((figure) => (
          <Stack key={figure.flowId} gap={4} data-testid={`coverage-flow-${figure.flowId}`}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate>
                {figure.name}
              </Text>
              <Text size="sm" fw={600} data-testid={`coverage-figure-${figure.flowId}`}>
                {figure.percent === null
                  ? t('coverage.noOutcomes')
                  : t('coverage.figure', { covered: figure.covered, total: figure.total })}
              </Text>
            </Group>
            <Progress
              value={figure.percent ?? 100}
              color={figure.covered === figure.total ? 'teal' : 'blue'}
              size="sm"
              aria-label={figure.name}
            />
            {figure.unvisited.length > 0 && (
              <Tooltip label={figure.unvisited.join(', ')} multiline maw={360}>
                <Text size="xs" c="dimmed" truncate>
                  {t('coverage.unvisited', {
                    count: figure.unvisited.length,
                    nodes: figure.unvisited.join(', '),
                  })}
                </Text>
              </Tooltip>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
