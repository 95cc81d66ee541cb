import { Center, Loader } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../draft/conflict-dialog';
import { DraftLoadError } from '../draft/draft-load-error';
import type { DraftApi } from '../draft/draft-api';
import type { DraftStore } from '../draft/draft-store';
import { useDraft } from '../draft/use-draft';
import { useDraftStore } from '../draft/use-draft-store';
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
  const store = useDraftStore(botId, api);
  if (store === null) return <Loading />;
  return <DraftEditor store={store} />;
}

function DraftEditor({ store }: { store: DraftStore }) {
  const { t } = useTranslation('canvas');
  const phase = useDraft(store, (s) => s.phase);
  const document = useDraft(store, (s) => s.document);
  if (phase === 'failed') {
    return (
      <Center h="100%" p="xl">
        <DraftLoadError
          store={store}
          title={t('editor.loadFailed')}
          retryLabel={t('editor.retry')}
          maw={520}
          testId="flow-editor-error"
        />
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
