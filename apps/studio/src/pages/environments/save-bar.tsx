import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Save and undo for one section of an environment card, shown once something changed. */
export function SaveBar(props: {
  dirty: boolean;
  saving: boolean;
  invalid: boolean;
  onSave: () => void;
  onReset: () => void;
  testId: string;
}) {
  const { t } = useTranslation('environments');
  if (!props.dirty) return null;
  return (
    <Group justify="flex-end" gap="xs">
      <Button size="xs" variant="default" onClick={props.onReset} disabled={props.saving}>
        {t('save.reset')}
      </Button>
      <Button
        size="xs"
        onClick={props.onSave}
        loading={props.saving}
        disabled={props.invalid}
        data-testid={props.testId}
      >
        {t('save.save')}
      </Button>
    </Group>
  );
}
