import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../../../api/admin-schemas';

/**
 * The new key, the only time anyone sees it: the server keeps only its hash. The
 * modal is closed on purpose only (no click outside), and the caller drops the
 * key when it closes, so nothing in the page can show it again.
 */
export function ApiKeyShownOnceModal(props: {
  created: CreatedApiKey | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const created = props.created;
  return (
    <Modal
      opened={created !== null}
      onClose={props.onClose}
      title={t('admin:apiKeys.shown.title')}
      closeOnClickOutside={false}
      size="lg"
    >
      {created && (
        <Stack gap="md" data-testid="api-key-shown">
          <Text size="sm">
            {t('admin:apiKeys.shown.intro', {
              name: created.name,
              role: t(`common:roles.${created.role}`),
            })}
          </Text>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('admin:apiKeys.shown.warning')}
          </Alert>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code
              block
              fz="sm"
              flex={1}
              style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
              data-testid="api-key-secret"
            >
              {created.key}
            </Code>
            <CopyButton value={created.key} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip
                  label={copied ? t('admin:apiKeys.shown.copied') : t('admin:apiKeys.shown.copy')}
                >
                  <ActionIcon
                    size="lg"
                    variant={copied ? 'filled' : 'light'}
                    color={copied ? 'teal' : undefined}
                    onClick={copy}
                    aria-label={t('admin:apiKeys.shown.copy')}
                    data-testid="api-key-copy"
                    data-copied={copied || undefined}
                  >
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">
            {t('admin:apiKeys.shown.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={props.onClose} data-testid="api-key-done">
              {t('admin:apiKeys.shown.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
