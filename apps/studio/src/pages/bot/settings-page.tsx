import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { draftSections } from './draft-section';
import { ReadOnlyPage } from './read-only-page';

function Setting({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
          {label}
        </Text>
        <div>{children}</div>
      </Stack>
    </Paper>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <ReadOnlyPage title={t('bot:settings.title')} description={t('bot:settings.description')}>
      {(draft) => {
        const settings = draftSections.settings.parse(draft.document.settings);
        const locales = draftSections.locales.parse(draft.document.locales);
        const defaultLocale = draftSections.defaultLocale.parse(draft.document.defaultLocale);
        const fallback = settings.fallbackMessage;
        return (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" data-testid="settings-view">
            <Setting label={t('bot:settings.locales')}>
              <Group gap={6}>
                {locales.map((locale) => (
                  <Badge
                    key={locale}
                    variant={locale === defaultLocale ? 'filled' : 'light'}
                    tt="none"
                  >
                    {locale}
                    {locale === defaultLocale ? ` · ${t('bot:settings.default')}` : ''}
                  </Badge>
                ))}
              </Group>
            </Setting>
            <Setting label={t('bot:settings.timezone')}>
              <Text size="sm">{settings.timezone}</Text>
            </Setting>
            <Setting label={t('bot:settings.fallbackMessage')}>
              <Stack gap={4}>
                {typeof fallback === 'string' ? (
                  <Text size="sm">{fallback}</Text>
                ) : (
                  Object.entries(fallback).map(([locale, text]) => (
                    <Text size="sm" key={locale}>
                      <Text span c="dimmed" size="xs" mr={6}>
                        {locale}
                      </Text>
                      {text}
                    </Text>
                  ))
                )}
              </Stack>
            </Setting>
            <Setting label={t('bot:settings.nluThreshold')}>
              <Text size="sm">{settings.nluConfidenceThreshold}</Text>
            </Setting>
            <Setting label={t('bot:settings.inactivity')}>
              <Text size="sm">
                {t('bot:settings.minutes', { count: settings.inactivityTimeoutMinutes })}
              </Text>
            </Setting>
            <Setting label={t('bot:settings.redaction')}>
              <Badge variant="light" color={settings.redactPersonalData ? 'teal' : 'gray'}>
                {t(settings.redactPersonalData ? 'bot:settings.on' : 'bot:settings.off')}
              </Badge>
            </Setting>
          </SimpleGrid>
        );
      }}
    </ReadOnlyPage>
  );
}
