import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../draft/conflict-dialog';
import type { DraftApi } from '../draft/draft-api';
import { openDraftStore, releaseDraftStore } from '../draft/draft-registry';
import type { DraftStore } from '../draft/draft-store';
import { useDraft } from '../draft/use-draft';
import { FlowWorkspace } from './flow-workspace';

export interface FlowEditorProps {
  botId: string;
  api: DraftApi;
}

/**
 * The flow editor of one bot: its draft loaded, edited on the canvas, and saved
 * as the analyst works. Fills its container, which needs a height.
 *
 * @example
 * <Box h="calc(100vh - 64px)"><FlowEditor botId={bot.id} api={draftApi} /></Box>
 */
export function FlowEditor({ botId, api }: FlowEditorProps) {
  const latestApi = useRef(api);
  useEffect(() => {
    latestApi.current = api;
  }, [api]);
  const [store, setStore] = useState<DraftStore | null>(null);
  useEffect(() => {
    // Through the ref: a new `api` object from a re-render must not reload the draft.
    const { store: opened, fresh } = openDraftStore(botId, {
      load: (id) => latestApi.current.load(id),
      save: (id, revision, document) => latestApi.current.save(id, revision, document),
    });
    setStore(opened);
    // A kept store holds edits the server does not have yet: loading would hide them.
    if (fresh) void opened.getState().load();
    return () => {
      void opened
        .getState()
        .close()
        .finally(() => releaseDraftStore(botId, opened));
    };
  }, [botId]);
  useUnsavedWarning(store);
  useRecheckOnReturn(store);
  if (store === null) return <Loading />;
  return <DraftEditor store={store} />;
}

function DraftEditor({ store }: { store: DraftStore }) {
  const { t } = useTranslation('canvas');
  const phase = useDraft(store, (s) => s.phase);
  const document = useDraft(store, (s) => s.document);
  const loadError = useDraft(store, (s) => s.loadError);
  if (phase === 'failed') {
    return (
      <Center h="100%" p="xl">
        <Alert color="red" title={t('editor.loadFailed')} maw={520} data-testid="flow-editor-error">
          <Stack gap="sm" align="flex-start">
            {loadError}
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => void store.getState().load()}
            >
              {t('editor.retry')}
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  if (phase === 'loading' || document === null) return <Loading />;
  return (
    <ReactFlowProvider>
      <FlowWorkspace store={store} document={document} />
      <ConflictDialog store={store} />
    </ReactFlowProvider>
  );
}

function Loading() {
  return (
    <Center h="100%" data-testid="flow-editor-loading">
      <Loader />
    </Center>
  );
}

/** The browser asks before leaving the page while edits are not saved yet. */
function useUnsavedWarning(store: DraftStore | null): void {
  useEffect(() => {
    if (store === null) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!store.getState().hasUnsavedEdits()) return;
      event.preventDefault();
      // Older browsers show the prompt only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);
}

/**
 * Coming back to the tab, the analyst may find the draft changed elsewhere meanwhile:
 * ask the server then, rather than only at the next save.
 */
function useRecheckOnReturn(store: DraftStore | null): void {
  useEffect(() => {
    if (store === null) return;
    const check = () => {
      if (window.document.visibilityState === 'visible') void store.getState().checkForNewer();
    };
    window.addEventListener('focus', check);
    window.document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      window.document.removeEventListener('visibilitychange', check);
    };
  }, [store]);
}
