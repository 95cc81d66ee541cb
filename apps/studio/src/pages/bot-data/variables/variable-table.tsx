import { Badge, Code, Paper, Table, Text, Tooltip } from '@mantine/core';
import type { Variable } from '@parley/flow';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReadItem } from '../named-items';
import { UsedBy } from '../used-by';
import type { NodeUse } from '../where-used';
import { previewDefault } from './variable-default';
import { EditDeleteActions } from './edit-delete-actions';

/** Variables as rows: name and description, type, scope, default, where used, actions. */
export function VariableTable(props: {
  variables: ReadItem<Variable>[];
  usesOf: (name: string) => NodeUse[];
  onEdit: (variable: Variable) => void;
  onDelete: (name: string) => void;
}) {
  const { t } = useTranslation('botData');
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="variables-table">
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{t('variables.name')}</Table.Th>
            <Table.Th w={110}>{t('variables.type')}</Table.Th>
            <Table.Th w={170}>{t('variables.scope')}</Table.Th>
            <Table.Th w={170}>{t('variables.default')}</Table.Th>
            <Table.Th w={150}>{t('variables.used')}</Table.Th>
            <Table.Th w={84} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.variables.map(({ name, item }) => (
            <Table.Tr key={name} data-testid="variable-row" data-variable={name}>
              <Table.Td>
                <Code>{name}</Code>
                {item?.description && (
                  <Text size="xs" c="dimmed" mt={4} lineClamp={2}>
                    {item.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {item ? (
                  <Badge variant="light" color="gray" tt="none">
                    {t(`bot:variables.types.${item.type}`)}
                  </Badge>
                ) : (
                  <Tooltip label={t('variables.broken')}>
                    <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item && t(`bot:variables.scopes.${item.scope}`)}</Text>
              </Table.Td>
              <Table.Td>
                {item?.default === undefined ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  <Code fz="xs">{previewDefault(item.default)}</Code>
                )}
              </Table.Td>
              <Table.Td>
                <UsedBy uses={props.usesOf(name)} />
              </Table.Td>
              <Table.Td>
                <EditDeleteActions
                  name={name}
                  onEdit={item ? () => props.onEdit(item) : undefined}
                  onDelete={() => props.onDelete(name)}
                  justify="flex-end"
                  testIdPrefix="variable"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
