import { safeLinkUrl } from '../chat/safe-url';
import { useWidget } from './widget-context';

/** The bot's face: the channel's avatar image, or the first letter of its title. */
export function Avatar({ small = false }: { small?: boolean }) {
  const { session, strings } = useWidget();
  const theme = session.snapshot.config?.theme;
  const title = theme?.title || strings.defaultTitle;
  const src = theme?.avatarUrl ? safeLinkUrl(theme.avatarUrl) : null;
  const size = small ? 'pw-avatar pw-avatar-small' : 'pw-avatar';
  if (src) return <img class={size} src={src} alt="" referrerpolicy="no-referrer" />;
  return (
    <span class={size} aria-hidden="true">
      {Array.from(title)[0]?.toUpperCase() ?? 'P'}
    </span>
  );
}
