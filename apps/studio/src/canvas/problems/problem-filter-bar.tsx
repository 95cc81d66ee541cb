import { Group, SegmentedControl, Select } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import {
  countSeverities,
  problemsInFlows,
  type FlowFilter,
  type ProblemFilter,
} from './problem-filters';
import { flowName } from './problem-place';

interface ProblemFilterBarProps {
  problems: readonly Problem[];
  document: DraftDocument;
  openFlowId: string;
  filter: ProblemFilter;
  onChange: (filter: ProblemFilter) => void;
}

/** Which flow and which severities the list shows; the severity choices count what the flow choice leaves. */
export function ProblemFilterBar(props: ProblemFilterBarProps) {
  const { problems, document, openFlowId, filter, onChange } = props;
  const { t } = useTranslation('problems');
  const inFlows = problemsInFlows(problems, filter.flow, openFlowId);
  const counts = countSeverities(inFlows);
  const flowOptions = [
    { value: 'all', label: t('filter.allFlows') },
    { value: 'current', label: t('filter.thisFlow', { name: flowName(document, openFlowId) }) },
    ...document.flows.map((flow) => ({ value: `flow:${flow.id}`, label: flow.name })),
  ];
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        size="xs"
        w={200}
        aria-label={t('filter.flow')}
        data-testid="problems-filter-flow"
        data={flowOptions}
        value={flowValue(filter.flow)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        onChange={(value) => onChange({ ...filter, flow: parseFlowValue(value) })}
      />
      <SegmentedControl
        size="xs"
        aria-label={t('filter.severity')}
        data-testid="problems-filter-severity"
        value={filter.severity}
        onChange={(value) => onChange({ ...filter, severity: value })}
        data={[
          { value: 'all', label: t('filter.all', { count: inFlows.length }) },
          { value: 'error', label: t('filter.errors', { count: counts.error }) },
          { value: 'warning', label: t('filter.warnings', { count: counts.warning }) },
        ]}
      />
    </Group>
  );
}

function flowValue(flow: FlowFilter): string {
  return flow.kind === 'flow' ? `flow:${flow.flowId}` : flow.kind;
}

function parseFlowValue(value: string | null): FlowFilter {
  if (value?.startsWith('flow:')) return { kind: 'flow', flowId: value.slice('flow:'.length) };
  return value === 'current' ? { kind: 'current' } : { kind: 'all' };
}
