import { Button, Input, Stack, TagsInput, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { isPickerKind } from '../field-model';
import { useFormContext } from '../form-context';
import { initialValue } from '../initial-value';
import { pickerOptions } from '../picker-options';
import { listOf } from '../value-path';
import type { WidgetProps } from '../widget-props';
import { ListItem } from './list-item';

/** Kinds of list items that are one short string each: edited as tags. */
const tagKinds = new Set(['text', 'variable', 'intent', 'entity', 'flow', 'secret']);

/**
 * A list: short strings as tags (with the bot's names suggested), anything else as
 * a card per item that can be moved up, moved down and removed.
 */
export function ListWidget(props: WidgetProps) {
  const { bot, t } = useFormContext();
  const { model, value, testId } = props;
  const item = model.item;
  const items = listOf(Array.isArray(value) ? value : model.defaultValue);
  if (item === null) return null;

  if (tagKinds.has(item.kind)) {
    const suggestions = isPickerKind(item.kind)
      ? pickerOptions(item.kind, bot, undefined, String).map((option) => option.value)
      : [];
    return (
      <TagsInput
        label={props.label}
        description={props.description ?? t('form.tagsHelp')}
        error={props.error}
        withAsterisk={props.required}
        data={suggestions}
        value={items.filter((entry): entry is string => typeof entry === 'string')}
        comboboxProps={{ withinPortal: true }}
        data-testid={testId}
        errorProps={{ 'data-testid': `${testId}-error` }}
        onChange={(next) => props.onChange(next)}
      />
    );
  }

  const idPrefix = props.path.at(-1);
  const add = () =>
    props.onChange([...items, initialValue(item, items, singular(String(idPrefix ?? 'item')))]);
  const replace = (next: unknown[]) => props.onChange(next);
  return (
    <Input.Wrapper
      label={props.label}
      description={props.description}
      withAsterisk={props.required}
      data-testid={testId}
    >
      <Stack gap="xs" mt={4}>
        {items.map((entry, index) => (
          <ListItem
            key={index}
            model={item}
            path={[...props.path, index]}
            value={entry}
            index={index}
            count={items.length}
            onChange={(next) => replace(items.map((old, i) => (i === index ? next : old)))}
            onMove={(to) => replace(moved(items, index, to))}
            onRemove={() => replace(items.filter((_, i) => i !== index))}
          />
        ))}
        {props.error && (
          <Text size="xs" c="red" data-testid={`${testId}-error`}>
            {props.error}
          </Text>
        )}
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

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [entry] = next.splice(from, 1);
  if (entry !== undefined) next.splice(to, 0, entry);
  return next;
}

/** `buttons` → `button`, `branches` → `branch`: the id prefix of a new item. */
function singular(key: string): string {
  if (key.endsWith('ches') || key.endsWith('shes')) return key.slice(0, -2);
  return key.endsWith('s') ? key.slice(0, -1) : key;
}
