import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { JsonField } from './json-field';
import type { TurnForm } from './test-form-model';
import { TurnActionFields } from './turn-action-fields';
import { TurnHeader } from './turn-header';
import { TurnMessagesCheck } from './turn-messages-check';
import type { TurnPartProps } from './turn-part';
import { TurnStateChecks } from './turn-state-checks';

/** One turn: what the user does, the ports' scripted answers, and what must hold after it. */
export function TurnEditor(props: {
  turn: TurnForm;
  index: number;
  count: number;
  document: DraftDocument;
  error: (field: string) => string | undefined;
  onChange: (turn: TurnForm) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('tests');
  const { turn, index } = props;
  const testId = `turn-${index}`;
  const part: TurnPartProps = {
    turn,
    testId,
    error: (field) => props.error(`turns.${index}.${field}`),
    onChange: (patch) => props.onChange({ ...turn, ...patch }),
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="sm">
        <TurnHeader
          index={index}
          count={props.count}
          testId={testId}
          onMove={props.onMove}
          onRemove={props.onRemove}
        />
        <TurnActionFields {...part} index={index} />
        <TurnMessagesCheck {...part} />
        <TurnStateChecks {...part} document={props.document} />
        <JsonField
          label={t('editor.vars')}
          description={t('editor.varsHint')}
          value={turn.vars}
          placeholder='{ "orderId": "AB123456" }'
          error={part.error('vars')}
          onChange={(vars) => part.onChange({ vars })}
          testId={`${testId}-vars`}
        />
        <JsonField
          label={t('editor.ports')}
          description={t('editor.portsHint')}
          value={turn.ports}
          placeholder='{ "lookup": { "http": { "status": 200, "body": {} } } }'
          error={part.error('ports')}
          onChange={(ports) => part.onChange({ ports })}
          testId={`${testId}-ports`}
        />
      </Stack>
    </Paper>
  );
}
