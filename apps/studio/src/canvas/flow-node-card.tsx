import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useUiLocale } from '../settings-form';
import type { CanvasNode } from './canvas-elements';
import { KindIcon } from './kind-icon';
import { worstSeverity } from './problems/problem-filters';
import { ProblemsBadge } from './problems/problems-badge';
import classes from './flow-node-card.module.css';

const unknownColor = '#868e96';

/** Set on the canvas while zoomed far out: cards become coloured blocks without text. */
export const farZoomClass = classes.farZoom ?? 'far-zoom';

/**
 * The one node component of the canvas, for every kind: the kind's icon and name,
 * the settings summary, a badge with the validator's problems, an input handle,
 * and one labelled output handle per outcome. Plain elements styled by a CSS
 * module rather than layout components: a flow of hundreds of nodes renders each
 * of them, and every wrapper component costs on open and on each re-render.
 */
export const FlowNodeCard = memo(function FlowNodeCard({
  id,
  data,
  selected,
}: NodeProps<CanvasNode>) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  const { view, problems, kind } = data;
  const definition = view.definition;
  const color = definition?.color ?? unknownColor;
  const summary = view.summary(locale);
  return (
    <div
      className={classes.card}
      data-testid={`node-${id}`}
      data-kind={kind}
      data-selected={selected ? 'true' : 'false'}
      data-severity={problems.length > 0 ? worstSeverity(problems) : undefined}
      data-mark={data.mark}
      style={{ '--kind-color': color } as CSSProperties}
    >
      <Handle
        type="target"
        position={Position.Left}
        className={classes.target}
        data-testid={`handle-${id}-target`}
      />
      <div className={classes.body} data-with-outcomes={view.outcomes.length > 0}>
        <div className={classes.header}>
          <span className={classes.icon}>
            <KindIcon name={definition?.icon} category={definition?.category} size={13} />
          </span>
          <span className={classes.label}>
            {definition ? localize(definition.label, locale) : t('node.unknownKind', { kind })}
          </span>
          <span className={classes.id} title={id}>
            {id}
          </span>
          <ProblemsBadge problems={problems} testId={`node-${id}-problems`} />
        </div>
        <p className={classes.summary} data-empty={!summary} title={summary || undefined}>
          {summary || t(view.settings ? 'node.noSummary' : 'node.incomplete')}
        </p>
      </div>
      {view.outcomes.length > 0 && (
        <div className={classes.outcomes}>
          {view.outcomes.map((outcome) => (
            <div key={outcome.name} className={classes.outcome}>
              <span className={classes.outcomeLabel} data-known={outcome.known}>
                {localize(outcome.label, locale)}
              </span>
              <Handle
                type="source"
                position={Position.Right}
                id={outcome.name}
                className={classes.source}
                data-testid={`handle-${id}-${outcome.name}`}
                data-optional={outcome.optional ? 'true' : 'false'}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
});
