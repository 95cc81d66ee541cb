import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../auth/session-store';

/**
 * Who changed an environment, in words: "you", a teammate's name where the
 * caller may list users (admins), "a teammate" otherwise, "the system" for imports.
 */
export function useActorName(
  userNames: ReadonlyMap<string, string>,
): (id: string | null) => string {
  const { t } = useTranslation('environments');
  const me = useSessionStore((state) => state.user?.id);
  return (id) =>
    id === null
      ? t('card.bySystem')
      : id === me
        ? t('card.byYou')
        : (userNames.get(id) ?? t('card.byTeammate'));
}
