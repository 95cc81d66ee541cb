import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

/** A small search box beside a list's count, filtering the rows below it. */
export function CompactSearch(props: {
  label: string;
  value: string;
  onChange: (query: string) => void;
  width: number;
  testId?: string;
}) {
  return (
    <TextInput
      size="xs"
      w={props.width}
      placeholder={props.label}
      aria-label={props.label}
      leftSection={<IconSearch size={12} />}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      data-testid={props.testId}
    />
  );
}
