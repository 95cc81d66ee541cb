import type { TFunction } from 'i18next';
import type { SettingsErrors } from './settings-form-model';

/** The message of a settings field's problem, or `null`. */
export function fieldError(
  t: TFunction,
  errors: SettingsErrors,
  field: keyof SettingsErrors,
): string | null {
  const problem = errors[field];
  return problem ? t(`botData:settings.errors.${problem.key}`, problem.values ?? {}) : null;
}
