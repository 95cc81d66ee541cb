import { Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocaleName } from '../locale-name';
import { fieldError } from './field-error';
import { NAME_MAX, type SettingsErrors, type SettingsValues } from './settings-form-model';
import { SettingsSection } from './settings-section';

/** Locales analysts most often add; any BCP 47 tag may be typed. */
const suggestedLocales = [
  'en',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'en-GB',
  'ja',
  'ko',
  'fr',
  'de',
  'es',
  'pt-BR',
  'it',
  'ru',
  'ar',
];

/** Name, description, the languages the bot speaks, and its fallback message in each. */
export function IdentityFields(props: {
  values: SettingsValues;
  errors: SettingsErrors;
  onChange: (patch: Partial<SettingsValues>) => void;
}) {
  const { t } = useTranslation('botData');
  const localeName = useLocaleName();
  const { values, errors, onChange } = props;
  return (
    <>
      <SettingsSection title={t('settings.bot')}>
        <TextInput
          label={t('settings.name')}
          value={values.name}
          maxLength={NAME_MAX + 1}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
          error={fieldError(t, errors, 'name')}
          data-testid="settings-name"
        />
        <Textarea
          label={t('fields.description')}
          value={values.description}
          autosize
          minRows={2}
          onChange={(event) => onChange({ description: event.currentTarget.value })}
          error={fieldError(t, errors, 'description')}
          data-testid="settings-description"
        />
      </SettingsSection>
      <SettingsSection
        title={t('settings.languages')}
        description={t('settings.languagesHelp')}
        testId="settings-languages"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label={t('settings.locales')}
            description={t('settings.localesHelp')}
            data={suggestedLocales}
            value={values.locales}
            splitChars={[',', ' ', '，']}
            onChange={(locales) => {
              const defaultLocale = locales.includes(values.defaultLocale)
                ? values.defaultLocale
                : (locales[0] ?? '');
              onChange({ locales, defaultLocale });
            }}
            renderOption={({ option }) => `${option.value} · ${localeName(option.value)}`}
            error={fieldError(t, errors, 'locales')}
            data-testid="settings-locales"
          />
          <Select
            label={t('settings.defaultLocale')}
            description={t('settings.defaultLocaleHelp')}
            data={values.locales.map((locale) => ({
              value: locale,
              label: `${localeName(locale)} (${locale})`,
            }))}
            value={values.defaultLocale || null}
            allowDeselect={false}
            onChange={(value) => value && onChange({ defaultLocale: value })}
            error={fieldError(t, errors, 'defaultLocale')}
            data-testid="settings-default-locale"
          />
        </SimpleGrid>
        <Stack gap="sm">
          {values.locales.map((locale) => (
            <Textarea
              key={locale}
              label={t('settings.fallbackIn', { language: localeName(locale) })}
              description={locale === values.defaultLocale ? t('settings.fallbackHelp') : undefined}
              lang={locale}
              autosize
              minRows={1}
              value={values.fallback[locale] ?? ''}
              placeholder={locale === values.defaultLocale ? '' : t('settings.fallbackInherit')}
              onChange={(event) =>
                onChange({ fallback: { ...values.fallback, [locale]: event.currentTarget.value } })
              }
              error={fieldError(t, errors, `fallback.${locale}`)}
              data-testid={`settings-fallback-${locale}`}
            />
          ))}
        </Stack>
      </SettingsSection>
    </>
  );
}
