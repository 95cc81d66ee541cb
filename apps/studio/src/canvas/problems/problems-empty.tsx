import { Button, Center, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What the list says when it has no rows: all clear, or filtered down to nothing. */
export function ProblemsEmpty({
  anyProblems,
  onShowAll,
}: {
  anyProblems: boolean;
  onShowAll: () => void;
}) {
  const { t } = useTranslation('problems');
  if (anyProblems) {
    return (
      <Center style={{ flex: 1 }} data-testid="problems-no-match">
        <Stack align="center" gap={6}>
          <Text size="sm" c="dimmed">
            {t('panel.noMatch')}
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconFilterOff size={14} />}
            onClick={onShowAll}
            data-testid="problems-show-all"
          >
            {t('panel.showAll')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Center style={{ flex: 1 }} data-testid="problems-empty">
      <Stack align="center" gap={4}>
        <ThemeIcon size={36} radius="xl" color="teal" variant="light">
          <IconCircleCheck size={22} />
        </ThemeIcon>
        <Text size="sm" fw={600}>
          {t('panel.empty')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('panel.emptyHint')}
        </Text>
      </Stack>
    </Center>
  );
}
