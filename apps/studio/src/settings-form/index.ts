export { SettingsForm, type SettingsFormProps } from './settings-form';
export type { BotNames } from './form-context';
export type { FieldIssue } from './settings-issues';
export { useUiLocale, uiLocaleOf, localize } from './ui-locale';
