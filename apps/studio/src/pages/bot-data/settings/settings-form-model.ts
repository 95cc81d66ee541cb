import { botSettingsSchema, localeSchema } from '@parley/flow';
import type { DraftDocument } from '../../../draft/draft-document';
import { isPlainObject } from '../../../settings-form/value-path';

/** The settings page's fields, as the inputs hold them. */
export interface SettingsValues {
  name: string;
  description: string;
  locales: string[];
  defaultLocale: string;
  /** Per bot locale; an empty one falls back to the default locale's message. */
  fallback: Record<string, string>;
  timezone: string;
  threshold: number;
  redact: boolean;
  persona: string;
  inactivityMinutes: number | string;
  maxSteps: number | string;
}

/** A field's problem: an i18n key of `botData:settings.errors.*` and its values. */
export type SettingsErrors = Partial<
  Record<
    keyof SettingsValues | `fallback.${string}`,
    { key: string; values?: Record<string, unknown> }
  >
>;

export const NAME_MAX = 200;
export const LOCALES_MAX = 20;
const defaults = botSettingsSchema.parse({});

/** The form's values from the draft; missing or broken settings show their defaults. */
export function toSettingsValues(doc: DraftDocument): SettingsValues {
  const parsed = botSettingsSchema.safeParse(doc.settings ?? {});
  const settings = parsed.success ? parsed.data : defaults;
  const message = settings.fallbackMessage;
  const fallback = Object.fromEntries(
    doc.locales.map((locale) => [
      locale,
      typeof message === 'string' ? message : (message[locale] ?? ''),
    ]),
  );
  return {
    name: typeof doc.name === 'string' ? doc.name : '',
    description: typeof doc.description === 'string' ? doc.description : '',
    locales: [...doc.locales],
    defaultLocale: doc.defaultLocale,
    fallback,
    timezone: settings.timezone,
    threshold: settings.nluConfidenceThreshold,
    redact: settings.redactPersonalData,
    persona: settings.llmPersona ?? '',
    inactivityMinutes: settings.inactivityTimeoutMinutes,
    maxSteps: settings.maxStepsPerTurn,
  };
}

/** Every problem of the form, by field; empty when it can be saved. */
export function settingsErrors(values: SettingsValues): SettingsErrors {
  const errors: SettingsErrors = {};
  if (values.name.trim() === '') errors.name = { key: 'required' };
  else if (values.name.trim().length > NAME_MAX)
    errors.name = { key: 'tooLong', values: { max: NAME_MAX } };
  if (values.description.length > 2_000)
    errors.description = { key: 'tooLong', values: { max: 2_000 } };
  const badLocale = values.locales.find((locale) => !localeSchema.safeParse(locale).success);
  if (values.locales.length === 0) errors.locales = { key: 'noLocale' };
  else if (values.locales.length > LOCALES_MAX)
    errors.locales = { key: 'tooManyLocales', values: { max: LOCALES_MAX } };
  else if (badLocale !== undefined)
    errors.locales = { key: 'badLocale', values: { locale: badLocale } };
  if (!values.locales.includes(values.defaultLocale))
    errors.defaultLocale = { key: 'defaultNotListed' };
  if ((values.fallback[values.defaultLocale] ?? '').trim() === '')
    errors[`fallback.${values.defaultLocale}`] = { key: 'required' };
  const settings = botSettingsSchema.safeParse(settingsOf(values));
  for (const issue of settings.success ? [] : settings.error.issues) {
    const field = fieldOfSetting[String(issue.path[0])];
    if (field && !errors[field]) errors[field] = { key: 'outOfRange', values: rangeOf(field) };
  }
  if (values.persona.length > 4_000) errors.persona = { key: 'tooLong', values: { max: 4_000 } };
  return errors;
}

/** The draft with the form's values; settings the form does not show are kept. */
export function applySettings(doc: DraftDocument, values: SettingsValues): DraftDocument {
  const raw = isPlainObject(doc.settings) ? doc.settings : {};
  const { llmPersona: _dropped, ...kept } = raw;
  const next: DraftDocument = {
    ...doc,
    name: values.name.trim(),
    locales: [...values.locales],
    defaultLocale: values.defaultLocale,
    settings: { ...kept, ...settingsOf(values) },
  };
  if (values.description.trim() === '') delete next.description;
  else next.description = values.description.trim();
  return next;
}

function settingsOf(values: SettingsValues): Record<string, unknown> {
  const fallback = Object.fromEntries(
    values.locales
      .map((locale) => [locale, (values.fallback[locale] ?? '').trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  return {
    fallbackMessage: fallback,
    timezone: values.timezone,
    nluConfidenceThreshold: values.threshold,
    redactPersonalData: values.redact,
    ...(values.persona.trim() === '' ? {} : { llmPersona: values.persona.trim() }),
    inactivityTimeoutMinutes: Number(values.inactivityMinutes),
    maxStepsPerTurn: Number(values.maxSteps),
  };
}

const fieldOfSetting: Record<string, keyof SettingsValues> = {
  timezone: 'timezone',
  nluConfidenceThreshold: 'threshold',
  inactivityTimeoutMinutes: 'inactivityMinutes',
  maxStepsPerTurn: 'maxSteps',
  llmPersona: 'persona',
};

/** The bounds of the numeric settings, for the message (settings.schema). */
export const settingRanges = {
  threshold: { min: 0, max: 1 },
  inactivityMinutes: { min: 1, max: 60 * 24 * 30 },
  maxSteps: { min: 10, max: 10_000 },
} as const;

function rangeOf(field: keyof SettingsValues): Record<string, unknown> | undefined {
  if (field === 'threshold' || field === 'inactivityMinutes' || field === 'maxSteps')
    return settingRanges[field];
  return undefined;
}
