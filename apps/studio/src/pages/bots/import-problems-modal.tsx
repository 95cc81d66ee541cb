import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/api-error';
import { ProblemList } from '../shared/problem-list';

export interface ImportFailure {
  fileName: string;
  problems: ApiProblem[];
}

/** Why a file was refused, problem by problem, so the user can fix the file. */
export function ImportProblemsModal(props: { failure: ImportFailure | null; onClose: () => void }) {
  const { t } = useTranslation();
  const failure = props.failure;
  return (
    <Modal
      opened={failure !== null}
      onClose={props.onClose}
      title={t('bots:import.problemsTitle')}
      size="lg"
    >
      <Stack gap="md" data-testid="import-problems">
        <Text size="sm" c="dimmed">
          {t('bots:import.problemsIntro', {
            file: failure?.fileName ?? '',
            count: failure?.problems.length ?? 0,
          })}
        </Text>
        <ProblemList problems={failure?.problems ?? []} />
        <Group justify="flex-end">
          <Button onClick={props.onClose}>{t('common:actions.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
