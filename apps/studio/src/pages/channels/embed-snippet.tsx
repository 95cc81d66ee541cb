import { Anchor, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { embedSnippet } from './channel-form-model';

/** The script tag to paste into a website, a copy button, and the channel's demo page. */
export function EmbedSnippet({ channelId, enabled }: { channelId: string; enabled: boolean }) {
  const { t } = useTranslation('channels');
  // The studio is served by the runtime, so its address is the one websites load the widget from.
  const snippet = embedSnippet(window.location.origin, channelId);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('embed.description')}
      </Text>
      <Code
        block
        data-testid="embed-snippet"
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
      >
        {snippet}
      </Code>
      <Group justify="space-between" gap="sm">
        <CopyButton value={snippet} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'default'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
              data-testid="embed-copy"
            >
              {copied ? t('embed.copied') : t('embed.copy')}
            </Button>
          )}
        </CopyButton>
        <Anchor
          href={`/demo/${encodeURIComponent(channelId)}`}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          data-testid="demo-link"
        >
          <Group gap={4} component="span">
            {t('embed.demo')}
            <IconExternalLink size={14} />
          </Group>
        </Anchor>
      </Group>
      {!enabled && (
        <Text size="xs" c="orange.8">
          {t('embed.disabledNote')}
        </Text>
      )}
    </Stack>
  );
}
