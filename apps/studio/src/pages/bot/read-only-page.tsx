import { Alert, Center, Container, Loader, Stack } from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftView } from '../../api/bot-schemas';
import { errorMessage } from '../../app/notify-error';
import { PageHeader } from '../shared/page-header';
import { useBot } from './bot-context';
import { useDraft } from './use-draft';

/**
 * The frame of the pages that show part of the draft without editing it yet:
 * header, a note saying where it is edited for now, loading and error states.
 */
export function ReadOnlyPage(props: {
  title: ReactNode;
  description: ReactNode;
  children(draft: DraftView): ReactNode;
}) {
  const { t } = useTranslation();
  const { bot } = useBot();
  const draft = useDraft(bot.id);
  return (
    <Container size="lg" w="100%" py="xl">
      <PageHeader title={props.title} description={props.description} />
      <Stack gap="lg">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          {t('bot:readOnly')}
        </Alert>
        {draft.data ? (
          props.children(draft.data)
        ) : draft.loading ? (
          <Center py="xl">
            <Loader aria-label={t('common:loading')} />
          </Center>
        ) : (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {errorMessage(t, draft.error)}
          </Alert>
        )}
      </Stack>
    </Container>
  );
}
