import { ActionIcon, Button, Group, Input, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { FieldView } from '../field-view';
import { useFormContext } from '../form-context';
import { initialValue } from '../initial-value';
import { isPlainObject } from '../value-path';
import type { WidgetProps } from '../widget-props';

/** Named values (a subflow's parameters): a name box and the value's own widget per row. */
export function KeyValueWidget(props: WidgetProps) {
  const { t } = useFormContext();
  const { model, value, testId, path } = props;
  const entries = Object.entries(isPlainObject(value) ? value : {});
  const item = model.item;
  if (item === null) return null;
  const write = (next: [string, unknown][]) => props.onChange(Object.fromEntries(next));
  const rename = (index: number, key: string) => {
    // Two rows may not share a name: the second would silently replace the first.
    if (entries.some(([other], i) => i !== index && other === key)) return;
    write(entries.map(([old, entry], i) => [i === index ? key : old, entry]));
  };
  const add = () => {
    const taken = new Set(entries.map(([key]) => key));
    let n = entries.length + 1;
    while (taken.has(`name${n}`)) n += 1;
    write([...entries, [`name${n}`, initialValue(item)]]);
  };
  return (
    <Input.Wrapper
      label={props.label}
      description={props.description}
      error={props.error}
      errorProps={{ 'data-testid': `${testId}-error` }}
      data-testid={testId}
    >
      <Stack gap="xs" mt={4}>
        {entries.map(([key, entry], index) => (
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={t('form.name')}
              placeholder={t('form.name')}
              value={key}
              w="35%"
              data-testid={`${testId}-key-${index}`}
              onChange={(e) => rename(index, e.currentTarget.value)}
            />
            <div style={{ flex: 1 }}>
              <FieldView
                model={item}
                path={[...path, key]}
                value={entry}
                fallbackLabel=""
                onChange={(next) =>
                  write(entries.map(([k, old], i) => [k, i === index ? next : old]))
                }
              />
            </div>
            <Tooltip label={t('form.removeItem')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={6}
                aria-label={t('form.removeItem')}
                data-testid={`${testId}-remove-${index}`}
                onClick={() => write(entries.filter((_, i) => i !== index))}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          style={{ alignSelf: 'flex-start' }}
          data-testid={`${testId}-add`}
          onClick={add}
        >
          {t('form.addItem')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
