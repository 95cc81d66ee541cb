import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { UsageList } from './usage-list';
import type { NodeUse } from './where-used';
import { ModalActions } from '../shared/modal-actions';

/**
 * Asks before deleting an intent, entity or variable, and says which nodes still use
 * it: they keep the name and the validator will flag them until they are changed.
 */
export function DeleteModal(props: {
  name: string | null;
  title: ReactNode;
  uses: readonly NodeUse[];
  onConfirm: (name: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('botData');
  const { name } = props;
  return (
    <Modal opened={name !== null} onClose={props.onClose} title={props.title}>
      <Stack gap="md">
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="delete.confirm"
            values={{ name: name ?? '' }}
            components={{ b: <b /> }}
          />
        </Text>
        {props.uses.length > 0 && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t('delete.stillUsed', { count: props.uses.length })}
            data-testid="delete-uses"
          >
            <Stack gap="xs">
              <UsageList uses={props.uses} />
              <Text size="xs">{t('delete.stillUsedHint')}</Text>
            </Stack>
          </Alert>
        )}
        <ModalActions
          onCancel={props.onClose}
          submitLabel={t('delete.submit')}
          submitTestId="delete-confirm"
          onSubmit={() => name !== null && props.onConfirm(name)}
          color="red"
        />
      </Stack>
    </Modal>
  );
}
