import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error';

/** Words for a failed request, by what the user can do about it. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error, 0)) return t('common:errors.network');
  if (isApiError(error, 401)) return t('common:errors.sessionEnded');
  if (isApiError(error, 403)) return t('common:errors.forbidden');
  if (isApiError(error, 404)) return t('common:errors.notFound');
  if (isApiError(error) && error.status >= 500) return t('common:errors.server');
  if (error instanceof Error && error.message) return error.message;
  return t('common:errors.unknown');
}

/** Shows a failed request as a red notification with a title saying what was attempted. */
export function notifyError(t: TFunction, title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(t, error), autoClose: 8000 });
}

export function notifySuccess(title: string, message?: string): void {
  notifications.show({ color: 'teal', title, message: message ?? '', autoClose: 4000 });
}
