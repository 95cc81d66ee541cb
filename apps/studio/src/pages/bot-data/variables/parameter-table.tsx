import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import type { FlowParameter } from '@parley/flow';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftFlow } from '../../../draft/draft-document';
import type { DraftPageContext } from '../draft-page';
import { type ParameterList, readParameters, saveParameter } from './parameter-edits';
import { EditDeleteActions } from './edit-delete-actions';
import { ParameterModal } from './parameter-modal';

/** One list of a subflow (inputs or outputs): rows, add, edit, remove. */
export function ParameterTable(props: {
  flow: DraftFlow;
  list: ParameterList;
  edit: DraftPageContext['edit'];
}) {
  const { t } = useTranslation('botData');
  const { flow, list, edit } = props;
  const parameters = readParameters(flow, list);
  const [editing, setEditing] = useState<FlowParameter | 'new' | null>(null);
  const initial = editing === 'new' ? null : editing;
  const save = (previous: string | null, next: FlowParameter | null) =>
    edit((doc) => saveParameter(doc, flow.id, list, previous, next));

  return (
    <Stack gap="xs" data-testid={`parameter-list-${list}`}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t(`parameters.${list}`)}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing('new')}
          data-testid={`parameter-add-${list}`}
        >
          {t('parameters.add')}
        </Button>
      </Group>
      {parameters.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`parameters.none.${list}`)}
        </Text>
      ) : (
        <Table verticalSpacing={6} withTableBorder>
          <Table.Tbody>
            {parameters.map((parameter) => (
              <Table.Tr key={parameter.name} data-testid="parameter-row">
                <Table.Td>
                  <Code>{parameter.name}</Code>
                  {parameter.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {parameter.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={90}>
                  <Badge variant="light" color="gray" tt="none">
                    {t(`bot:variables.types.${parameter.type}`)}
                  </Badge>
                </Table.Td>
                <Table.Td w={90}>
                  <Text size="xs" c={parameter.required ? undefined : 'dimmed'}>
                    {t(parameter.required ? 'parameters.requiredShort' : 'parameters.optional')}
                  </Text>
                </Table.Td>
                <Table.Td w={70}>
                  <EditDeleteActions
                    name={parameter.name}
                    onEdit={() => setEditing(parameter)}
                    onDelete={() => save(parameter.name, null)}
                    compact
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ParameterModal
        opened={editing !== null}
        title={t(initial ? 'parameters.editTitle' : 'parameters.createTitle', { flow: flow.name })}
        initial={initial}
        taken={parameters.map((parameter) => parameter.name)}
        onClose={() => setEditing(null)}
        onSubmit={(parameter) => {
          save(initial?.name ?? null, parameter);
          setEditing(null);
        }}
      />
    </Stack>
  );
}
