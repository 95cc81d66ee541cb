import { ActionIcon, Group, TextInput, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isSubmitEnter } from './ime-enter';

/**
 * A field that adds one value to a list on Enter or on its plus button; the list owner
 * checks the text and says what is wrong with it. `children` go after the plus button.
 */
export function AddValueInput(props: {
  value: string;
  onChange: (text: string) => void;
  onAdd: () => void;
  label: string;
  placeholder: string;
  maxLength: number;
  error: string | null;
  lang?: string;
  inputTestId: string;
  addTestId: string;
  children?: ReactNode;
}) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        flex={1}
        placeholder={props.placeholder}
        aria-label={props.label}
        value={props.value}
        lang={props.lang}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (!isSubmitEnter(event)) return;
          event.preventDefault();
          props.onAdd();
        }}
        error={props.error}
        data-testid={props.inputTestId}
      />
      <Tooltip label={props.label}>
        <ActionIcon
          size={36}
          variant="light"
          onClick={props.onAdd}
          aria-label={props.label}
          data-testid={props.addTestId}
        >
          <IconPlus size={18} />
        </ActionIcon>
      </Tooltip>
      {props.children}
    </Group>
  );
}
