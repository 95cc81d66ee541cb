import { ThemeIcon } from '@mantine/core';
import type { Problem } from '@parley/flow';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { worstSeverity } from './problem-filters';
import { ProblemsTooltip } from './problem-messages';
import { SeverityIcon, severityColor } from './severity-icon';

export type ProblemEdgeData = { problems: readonly Problem[] };
export type ProblemCanvasEdge = Edge<ProblemEdgeData, 'problem'>;

/**
 * What an edge needs to show its problems: edges without any keep React Flow's
 * own smooth-step edge, so the common case costs nothing extra.
 */
export function edgeLook(
  problems: readonly Problem[] | undefined,
): { type: 'smoothstep' } | { type: 'problem'; data: ProblemEdgeData } {
  return problems === undefined || problems.length === 0
    ? { type: 'smoothstep' }
    : { type: 'problem', data: { problems } };
}

/** A smooth-step edge drawn in its worst severity's colour, with a marker at its middle. */
function ProblemEdgeView(props: EdgeProps<ProblemCanvasEdge>) {
  const { t } = useTranslation('problems');
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const problems = props.data?.problems ?? [];
  const severity = worstSeverity(problems);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        interactionWidth={props.interactionWidth}
        style={{
          ...props.style,
          stroke: severityColor(severity),
          strokeWidth: props.selected ? 2.5 : 1.5,
          strokeDasharray: severity === 'error' ? undefined : '6 4',
        }}
      />
      <EdgeLabelRenderer>
        <div
          className="nodrag nopan"
          style={{
            position: 'absolute',
            transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
            pointerEvents: 'all',
          }}
        >
          <ProblemsTooltip problems={problems}>
            <ThemeIcon
              size={20}
              radius="xl"
              variant="white"
              tabIndex={0}
              role="img"
              aria-label={t('marker.label', { count: problems.length })}
              data-testid={`edge-${props.id}-problems`}
              data-severity={severity}
              style={{
                cursor: 'help',
                border: `1.5px solid ${severityColor(severity)}`,
                boxShadow: 'var(--mantine-shadow-xs)',
              }}
            >
              <SeverityIcon severity={severity} size={13} />
            </ThemeIcon>
          </ProblemsTooltip>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

const ProblemEdge = memo(ProblemEdgeView);

/** The edge type of edges the validator found something wrong with; stable, as React Flow wants. */
export const problemEdgeTypes = { problem: ProblemEdge };
