import {
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Switch,
  Text,
  Textarea,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from './field-error';
import { type SettingsErrors, type SettingsValues, settingRanges } from './settings-form-model';
import { SettingsSection } from './settings-section';
import { timeZoneOptions } from './timezones';

/** How the bot understands, speaks and stops: NLU, time zone, LLM persona, privacy, limits. */
export function BehaviourFields(props: {
  values: SettingsValues;
  errors: SettingsErrors;
  onChange: (patch: Partial<SettingsValues>) => void;
}) {
  const { t } = useTranslation('botData');
  const { values, errors, onChange } = props;
  const zones = useMemo(() => timeZoneOptions(values.timezone), [values.timezone]);
  const thresholdError = fieldError(t, errors, 'threshold');
  return (
    <>
      <SettingsSection title={t('settings.understanding')}>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('settings.threshold')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('settings.thresholdHelp')}
          </Text>
          <Group gap="lg" align="center" wrap="nowrap">
            <Slider
              flex={1}
              min={0}
              max={1}
              step={0.01}
              value={values.threshold}
              onChange={(threshold) => onChange({ threshold })}
              marks={[{ value: 0.3 }, { value: 0.6 }, { value: 0.9 }].map((mark) => ({
                ...mark,
                label: mark.value,
              }))}
              label={(value) => value.toFixed(2)}
              aria-label={t('settings.threshold')}
              data-testid="settings-threshold-slider"
            />
            <NumberInput
              w={110}
              min={settingRanges.threshold.min}
              max={settingRanges.threshold.max}
              step={0.05}
              decimalScale={2}
              clampBehavior="none"
              value={values.threshold}
              onChange={(value) =>
                onChange({ threshold: typeof value === 'number' ? value : Number(value) })
              }
              aria-label={t('settings.threshold')}
              error={thresholdError !== null}
              data-testid="settings-threshold"
            />
          </Group>
          {thresholdError && (
            <Text size="xs" c="red">
              {thresholdError}
            </Text>
          )}
        </Stack>
        <Select
          label={t('settings.timezone')}
          description={t('settings.timezoneHelp')}
          data={zones}
          searchable
          limit={200}
          value={values.timezone}
          allowDeselect={false}
          onChange={(timezone) => timezone && onChange({ timezone })}
          error={fieldError(t, errors, 'timezone')}
          nothingFoundMessage={t('settings.noTimezone')}
          data-testid="settings-timezone"
        />
      </SettingsSection>
      <SettingsSection title={t('settings.ai')}>
        <Textarea
          label={t('settings.persona')}
          description={t('settings.personaHelp')}
          placeholder={t('settings.personaPlaceholder')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.persona}
          onChange={(event) => onChange({ persona: event.currentTarget.value })}
          error={fieldError(t, errors, 'persona')}
          data-testid="settings-persona"
        />
        <Switch
          label={t('settings.redaction')}
          description={t('settings.redactionHelp')}
          checked={values.redact}
          onChange={(event) => onChange({ redact: event.currentTarget.checked })}
          data-testid="settings-redaction"
        />
      </SettingsSection>
      <SettingsSection title={t('settings.limits')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('settings.inactivity')}
            description={t('settings.inactivityHelp')}
            min={settingRanges.inactivityMinutes.min}
            max={settingRanges.inactivityMinutes.max}
            allowDecimal={false}
            clampBehavior="none"
            suffix={` ${t('settings.minutesUnit')}`}
            value={values.inactivityMinutes}
            onChange={(inactivityMinutes) => onChange({ inactivityMinutes })}
            error={fieldError(t, errors, 'inactivityMinutes')}
            data-testid="settings-inactivity"
          />
          <NumberInput
            label={t('settings.maxSteps')}
            description={t('settings.maxStepsHelp')}
            min={settingRanges.maxSteps.min}
            max={settingRanges.maxSteps.max}
            allowDecimal={false}
            clampBehavior="none"
            value={values.maxSteps}
            onChange={(maxSteps) => onChange({ maxSteps })}
            error={fieldError(t, errors, 'maxSteps')}
            data-testid="settings-max-steps"
          />
        </SimpleGrid>
      </SettingsSection>
    </>
  );
}
