import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';
import { errorMessage } from '../../app/notify-error';

/** What a failed log-in tells the user; the server's wording is not shown for 401 on purpose. */
export function loginError(t: TFunction, error: unknown): string {
  if (isApiError(error, 401)) return t('auth:errors.invalidCredentials');
  if (isApiError(error, 429)) return t('auth:errors.tooManyAttempts');
  if (isApiError(error, 400)) return t('auth:errors.invalidInput');
  return errorMessage(t, error);
}
