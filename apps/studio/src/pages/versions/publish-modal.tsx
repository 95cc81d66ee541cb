import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseResult } from '../../api/versions-schemas';
import { PublishForm } from './publish-form';
import { PublishSuccess } from './publish-success';

export interface PublishModalProps {
  botId: string;
  opened: boolean;
  onClose: () => void;
  /** Called once the version exists, while the dialog still shows where it runs. */
  onPublished?: (result: ReleaseResult) => void;
}

/**
 * Publishes the draft: shows its problems up front (errors block, warnings are
 * allowed), takes a note and the environment to deploy to (staging by default),
 * then says which version now runs where. Usable from any page of a bot.
 */
export function PublishModal(props: PublishModalProps) {
  const { t } = useTranslation('versions');
  const [result, setResult] = useState<ReleaseResult | null>(null);
  const close = () => {
    props.onClose();
    setResult(null);
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={result ? t('publish.successTitle') : t('publish.title')}
      size="lg"
    >
      {result ? (
        <PublishSuccess botId={props.botId} result={result} onClose={close} />
      ) : (
        props.opened && (
          <PublishForm
            botId={props.botId}
            onCancel={close}
            onPublished={(published) => {
              setResult(published);
              props.onPublished?.(published);
            }}
          />
        )
      )}
    </Modal>
  );
}
