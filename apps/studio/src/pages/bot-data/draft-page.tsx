import { Center, Container, type ContainerProps, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ConflictDialog } from '../../draft/conflict-dialog';
import { DraftLoadError } from '../../draft/draft-load-error';
import type { DraftDocument } from '../../draft/draft-document';
import type { DraftStore } from '../../draft/draft-store';
import { SaveStateBadge } from '../../draft/save-state-badge';
import { useDraft } from '../../draft/use-draft';
import { PageHeader } from '../shared/page-header';
import { useBot } from '../bot/bot-context';
import { useDraftStore } from '../../draft/use-draft-store';

/** What a data page works with: the draft as it is now, and the one way to change it. */
export interface DraftPageContext {
  document: DraftDocument;
  edit: (change: (doc: DraftDocument) => DraftDocument) => void;
  store: DraftStore;
}

/**
 * The frame of the pages that edit part of the draft: header with the save state,
 * loading, a load failure with a retry, and the conflict question.
 */
export function DraftPage(props: {
  title: ReactNode;
  description: ReactNode;
  testId: string;
  size?: ContainerProps['size'];
  actions?: (context: DraftPageContext) => ReactNode;
  children: (context: DraftPageContext) => ReactNode;
}) {
  const { bot } = useBot();
  const { drafts } = useApi();
  const store = useDraftStore(bot.id, drafts);
  return (
    <Container size={props.size ?? 'lg'} w="100%" py="xl" data-testid={props.testId}>
      {store === null ? <Loading /> : <DraftPageBody store={store} {...props} />}
    </Container>
  );
}

function DraftPageBody(props: Parameters<typeof DraftPage>[0] & { store: DraftStore }) {
  const { t } = useTranslation();
  const { store } = props;
  const phase = useDraft(store, (s) => s.phase);
  const document = useDraft(store, (s) => s.document);
  const context: DraftPageContext | null =
    document === null ? null : { document, edit: store.getState().edit, store };
  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          context && (
            <>
              <SaveStateBadge store={store} />
              {props.actions?.(context)}
            </>
          )
        }
      />
      {phase === 'failed' ? (
        <DraftLoadError store={store} title={t('botData:loadFailed')} testId="draft-load-error" />
      ) : context === null ? (
        <Loading />
      ) : (
        props.children(context)
      )}
      <ConflictDialog store={store} />
    </>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Center py={80} data-testid="draft-loading">
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}
