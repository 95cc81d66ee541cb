import { ActionIcon, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/versions-schemas';
import { formatDefault } from '../bot-data/variables/variable-default';
import { SaveBar } from './save-bar';
import { useEnvironmentRows } from './use-environment-rows';
import { VariableOverrideInput } from './variable-override-input';
import {
  type OverrideRow,
  overrideProblem,
  overrideRows,
  overridesBody,
} from './variable-overrides-model';

/** This environment's values of the bot's `bot`-scoped variables, checked by type before saving. */
export function VariableOverrides(props: {
  botId: string;
  environment: Environment;
  document: Record<string, unknown>;
  canEdit: boolean;
  onSaved: (environment: Environment) => void;
}) {
  const { t } = useTranslation('environments');
  const { rows, dirty, saving, save, update, reset } = useEnvironmentRows({
    botId: props.botId,
    environment: props.environment,
    initial: () => overrideRows(props.document, props.environment.variables),
    keyOf: (row: OverrideRow) => row.name,
    onSaved: props.onSaved,
  });

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="variables-empty">
        {t('variables.empty')}
      </Text>
    );
  }
  const body = overridesBody(rows);
  return (
    <Stack gap="xs" data-testid="environment-variables">
      <Table verticalSpacing={6} horizontalSpacing="xs">
        <Table.Tbody>
          {rows.map((row) => {
            const problem = overrideProblem(row);
            return (
              <Table.Tr key={row.name} data-testid="variable-row" data-name={row.name}>
                <Table.Td w="40%">
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" ff="monospace" truncate>
                      {row.name}
                    </Text>
                    <Badge size="xs" variant="outline" color="gray" tt="none">
                      {t(`variables.types.${row.type}`)}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {row.undeclared ? (
                    <Group gap={6} wrap="nowrap" justify="space-between">
                      <Text size="xs" c="orange.8">
                        {t('variables.undeclared')}
                      </Text>
                      <Tooltip label={t('variables.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          disabled={!props.canEdit}
                          onClick={() => update(row.name, null)}
                          aria-label={t('variables.remove')}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  ) : (
                    <VariableOverrideInput
                      row={row}
                      disabled={!props.canEdit}
                      placeholder={
                        row.defaultValue === undefined
                          ? t('variables.noDefault')
                          : t('variables.default', {
                              value: formatDefault(row.type, row.defaultValue),
                            })
                      }
                      error={problem ? t(`variables.problem.${problem}`) : null}
                      onChange={(text) => update(row.name, { text })}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {props.canEdit && (
        <SaveBar
          dirty={dirty}
          saving={saving}
          invalid={body === null}
          onReset={reset}
          onSave={() => body && void save({ variables: body })}
          testId="variables-save"
        />
      )}
    </Stack>
  );
}
