import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const maxReason = 500;

/**
 * An admin's way past failing tests: publishing anyway needs a reason (1–500
 * characters), which the audit log keeps with the names of the failing tests.
 */
export function OverrideTestsForm(props: {
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('tests');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = reason.trim();
  const error =
    trimmed === ''
      ? t('gate.reasonRequired')
      : trimmed.length > maxReason
        ? t('gate.reasonTooLong')
        : null;
  const confirm = () => {
    setTouched(true);
    if (error === null) props.onConfirm(trimmed);
  };
  return (
    <Paper withBorder p="sm" radius="md" data-testid="publish-override-form">
      <Stack gap="xs">
        <Group gap={6}>
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />
          <Text size="sm" fw={600}>
            {t('gate.overrideTitle')}
          </Text>
        </Group>
        <Textarea
          label={t('gate.overrideReason')}
          description={t('gate.overrideHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onBlur={() => setTouched(true)}
          error={touched ? error : null}
          autosize
          minRows={2}
          maxRows={5}
          required
          data-autofocus
          data-testid="publish-override-reason"
        />
        <Text size="xs" c={trimmed.length > maxReason ? 'red' : 'dimmed'} ta="right">
          {trimmed.length}/{maxReason}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="xs" onClick={props.onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="orange"
            size="xs"
            loading={props.busy}
            onClick={confirm}
            data-testid="publish-override-confirm"
          >
            {t('gate.overrideConfirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
