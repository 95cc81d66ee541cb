import { Group, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TooltipIconButton } from '../../app/tooltip-icon-button';

/** A turn's number, and the buttons that move it up or down the test or remove it. */
export function TurnHeader(props: {
  index: number;
  count: number;
  testId: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('tests');
  const { index, count, testId } = props;
  const buttons = [
    {
      label: t('editor.moveUp'),
      icon: <IconArrowUp size={14} />,
      disabled: index === 0,
      onClick: () => props.onMove(-1),
      color: 'gray',
      testId: `${testId}-up`,
    },
    {
      label: t('editor.moveDown'),
      icon: <IconArrowDown size={14} />,
      disabled: index === count - 1,
      onClick: () => props.onMove(1),
      color: 'gray',
      testId: `${testId}-down`,
    },
    {
      label: t('editor.removeTurn'),
      icon: <IconTrash size={14} />,
      // A test keeps at least one turn.
      disabled: count === 1,
      onClick: props.onRemove,
      color: 'red',
      testId: `${testId}-remove`,
    },
  ];
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text fw={600} size="sm">
        {t('editor.turn', { number: index + 1 })}
      </Text>
      <Group gap={4} wrap="nowrap">
        {buttons.map(({ icon, ...button }) => (
          <TooltipIconButton key={button.testId} {...button}>
            {icon}
          </TooltipIconButton>
        ))}
      </Group>
    </Group>
  );
}
