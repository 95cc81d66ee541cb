import { Alert, Stack } from '@mantine/core';
import type { z } from 'zod';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldModelOf } from './field-model';
import { FormContext, type BotNames, type FormContextValue } from './form-context';
import { ObjectFields } from './object-fields';
import { settingsIssues, type FieldIssue, type Translate } from './settings-issues';
import { useUiLocale } from './ui-locale';
import { isPlainObject } from './value-path';

export interface SettingsFormProps {
  /** A node kind's settings schema, with `.meta()` hints. */
  schema: z.core.$ZodType;
  /** The settings as stored (`data`), defaults not filled in. */
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
  /** Names the pickers offer and the languages of the bot's text. */
  bot: BotNames;
  /** Problems found outside the schema (the bot's validator), by path inside the settings. */
  extraIssues?: readonly FieldIssue[];
}

/**
 * The settings form of any node kind, generated from its schema: one widget per
 * field, chosen by the field's `widget` hint or zod type; every change is checked
 * against the schema at once and each problem shown at its field.
 *
 * @example
 * <SettingsForm schema={def.settingsSchema} value={node.data} onChange={save} bot={names} />
 */
export function SettingsForm({ schema, value, onChange, bot, extraIssues }: SettingsFormProps) {
  const { t } = useTranslation('canvas');
  const uiLocale = useUiLocale();
  const model = useMemo(() => fieldModelOf(schema), [schema]);
  const translate = useCallback<Translate>((key, values) => t(key, values ?? {}), [t]);
  const issues = useMemo(
    () => settingsIssues(schema, value, translate, extraIssues),
    [schema, value, translate, extraIssues],
  );
  const context = useMemo<FormContextValue>(
    () => ({ bot, issues, uiLocale, t: translate }),
    [bot, issues, uiLocale, translate],
  );
  const general = issues.get('');
  return (
    <FormContext.Provider value={context}>
      <Stack gap="sm" data-testid="settings-form">
        {general && (
          <Alert color="red" variant="light" data-testid="settings-form-error">
            {general.join(' · ')}
          </Alert>
        )}
        <ObjectFields
          model={model}
          path={[]}
          value={value}
          onChange={(next) => onChange(isPlainObject(next) ? next : {})}
        />
      </Stack>
    </FormContext.Provider>
  );
}
