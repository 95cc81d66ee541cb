import type { SessionState } from '../chat/chat-session';
import { Avatar } from './avatar';
import { ChevronDownIcon } from './icons';
import { useWidget } from './widget-context';

/** The window's top: who the customer is talking to, whether the chat is connected, and a close button. */
export function ChatHeader({ state, titleId }: { state: SessionState; titleId: string }) {
  const { session, strings } = useWidget();
  const title = state.config?.theme.title || strings.defaultTitle;
  const status =
    state.connection === 'reconnecting'
      ? strings.reconnecting
      : state.connection === 'connecting'
        ? strings.connecting
        : strings.online;
  return (
    <header class="pw-header">
      <Avatar />
      <div class="pw-header-text">
        <h2 class="pw-title" id={titleId}>
          {title}
        </h2>
        {state.load === 'ready' && (
          <p class="pw-status" data-connection={state.connection}>
            <span class="pw-status-dot" aria-hidden="true" />
            {status}
          </p>
        )}
      </div>
      <button
        type="button"
        class="pw-icon-button pw-header-close"
        aria-label={strings.minimise}
        data-testid="widget-close"
        onClick={() => session.close()}
      >
        <ChevronDownIcon />
      </button>
    </header>
  );
}
