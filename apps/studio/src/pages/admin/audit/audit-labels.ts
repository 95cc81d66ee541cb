import type { TFunction } from 'i18next';

/** An action's name in the UI's language (`user.created` → "User added"), or its code when new. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`admin:audit.actionNames.${action}`, { defaultValue: action });
}

/** A target's kind in the UI's language (`api_key` → "API key"), or its code when new. */
export function targetTypeLabel(t: TFunction, targetType: string): string {
  return t(`admin:audit.targetTypes.${targetType}`, { defaultValue: targetType });
}

/**
 * Who did it: the user's e-mail; else an API key (the runtime notes its id in the
 * details); else, for a failed sign-in, someone not signed in; else the system.
 */
export function actorLabel(
  t: TFunction,
  event: { actorUserId: string | null; action: string; details: Record<string, unknown> },
  emailOf: (userId: string | null) => string | null,
): string {
  if (event.actorUserId) return emailOf(event.actorUserId) ?? t('admin:unknownUser');
  if (typeof event.details.apiKeyId === 'string') return t('admin:audit.apiKeyActor');
  if (event.action.startsWith('auth.')) return t('admin:audit.anonymous');
  return t('admin:audit.system');
}
