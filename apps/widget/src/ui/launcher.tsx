import type { Ref } from 'preact';
import { ChatIcon, ChevronDownIcon } from './icons';
import { useWidget } from './widget-context';

/** The round button in the page's corner; shows how many messages came while the chat was closed. */
export function Launcher({
  open,
  unread,
  buttonRef,
}: {
  open: boolean;
  unread: number;
  buttonRef: Ref<HTMLButtonElement>;
}) {
  const { session, strings } = useWidget();
  const label = open
    ? strings.closeChat
    : unread > 0
      ? `${strings.openChat} (${strings.unread(unread)})`
      : strings.openChat;
  return (
    <button
      ref={buttonRef}
      type="button"
      class={`pw-launcher${open ? ' pw-launcher-open' : ''}`}
      aria-label={label}
      aria-expanded={open}
      aria-haspopup="dialog"
      data-testid="widget-launcher"
      onClick={() => (open ? session.close() : void session.open())}
    >
      {open ? <ChevronDownIcon /> : <ChatIcon />}
      {!open && unread > 0 && (
        <span class="pw-badge" aria-hidden="true" data-testid="widget-unread">
          {unread > 9 ? '9+' : unread}
        </span>
      )}
    </button>
  );
}
