import {
  ColorInput,
  Divider,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type ChannelFormErrors,
  type ChannelFormValues,
  imageHostProblem,
  MAX_GREETING_LENGTH,
  MAX_TITLE_LENGTH,
  originProblem,
} from './channel-form-model';
import { StringListInput } from './string-list-input';

/** Colours offered beside the picker: the theme's own, readable under white text. */
const swatches = ['#1c7ed6', '#0ca678', '#7048e8', '#e8590c', '#c2255c', '#212529'];

export interface ChannelFormProps {
  values: ChannelFormValues;
  errors: ChannelFormErrors;
  /** The bot's locales: one greeting each. */
  locales: string[];
  readOnly: boolean;
  onChange: (values: ChannelFormValues) => void;
}

/** The channel's name, theme, allowed websites and image hosts (inputs only; the editor saves). */
export function ChannelForm({ values, errors, locales, readOnly, onChange }: ChannelFormProps) {
  const { t, i18n } = useTranslation('channels');
  const set = <K extends keyof ChannelFormValues>(key: K, value: ChannelFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const error = (key: keyof ChannelFormValues) => {
    const problem = errors[key];
    return problem
      ? t(problem, { max: key === 'title' ? MAX_TITLE_LENGTH : MAX_GREETING_LENGTH })
      : undefined;
  };
  const greetingLocales = [...new Set([...locales, ...Object.keys(values.greeting)])];

  return (
    <Stack gap="md">
      <TextInput
        label={t('form.name')}
        description={t('form.nameHelp')}
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={error('name')}
        readOnly={readOnly}
        required
        data-testid="channel-name"
      />
      <Divider label={t('form.appearance')} labelPosition="left" />
      <ColorInput
        label={t('form.primaryColor')}
        description={t('form.primaryColorHelp')}
        value={values.primaryColor}
        onChange={(value) => set('primaryColor', value)}
        format="hex"
        swatches={swatches}
        error={error('primaryColor')}
        readOnly={readOnly}
        disallowInput={readOnly}
        withPicker={!readOnly}
        data-testid="channel-color"
      />
      <TextInput
        label={t('form.title')}
        description={t('form.titleHelp', { max: MAX_TITLE_LENGTH })}
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={error('title')}
        readOnly={readOnly}
        required
        rightSection={
          <Text size="xs" c={values.title.trim().length > MAX_TITLE_LENGTH ? 'red' : 'dimmed'}>
            {values.title.trim().length}
          </Text>
        }
        rightSectionWidth={36}
        data-testid="channel-title"
      />
      <TextInput
        label={t('form.avatarUrl')}
        description={t('form.avatarUrlHelp')}
        placeholder="https://cdn.example.com/avatar.png"
        value={values.avatarUrl}
        onChange={(event) => set('avatarUrl', event.currentTarget.value)}
        error={error('avatarUrl')}
        readOnly={readOnly}
        data-testid="channel-avatar"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('form.position')}
        </Text>
        <SegmentedControl
          value={values.position}
          onChange={(value) => set('position', value === 'left' ? 'left' : 'right')}
          data={[
            { value: 'left', label: t('form.positionLeft') },
            { value: 'right', label: t('form.positionRight') },
          ]}
          readOnly={readOnly}
          w="fit-content"
          data-testid="channel-position"
        />
      </Stack>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('form.greeting')}
        </Text>
        <Text size="xs" c="dimmed" mt={-4}>
          {t('form.greetingHelp')}
        </Text>
        {greetingLocales.map((locale) => (
          <Textarea
            key={locale}
            label={`${displayLocale(locale, i18n.language)} (${locale})`}
            value={values.greeting[locale] ?? ''}
            onChange={(event) =>
              set('greeting', { ...values.greeting, [locale]: event.currentTarget.value })
            }
            autosize
            minRows={1}
            maxRows={4}
            readOnly={readOnly}
            data-testid={`channel-greeting-${locale}`}
          />
        ))}
        {errors.greeting && (
          <Text size="xs" c="red">
            {error('greeting')}
          </Text>
        )}
      </Stack>
      <Divider label={t('form.security')} labelPosition="left" />
      <StringListInput
        label={t('form.origins')}
        description={t('form.originsHelp')}
        placeholder="https://shop.example.com"
        emptyText={t('form.originsEmpty')}
        values={values.allowedOrigins}
        onChange={(next) => set('allowedOrigins', next)}
        problem={originProblem}
        readOnly={readOnly}
        testId="channel-origins"
      />
      <StringListInput
        label={t('form.imageHosts')}
        description={t('form.imageHostsHelp')}
        placeholder="cdn.example.com"
        emptyText={t('form.imageHostsEmpty')}
        values={values.allowedImageHosts}
        onChange={(next) => set('allowedImageHosts', next)}
        problem={imageHostProblem}
        normalise={(value) => value.toLowerCase()}
        readOnly={readOnly}
        testId="channel-image-hosts"
      />
    </Stack>
  );
}

function displayLocale(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
