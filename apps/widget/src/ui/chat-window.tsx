import { useEffect, useRef } from 'preact/hooks';
import type { SessionState } from '../chat/chat-session';
import { ChatHeader } from './chat-header';
import { focusIsLost } from './focus-lost';
import { Composer } from './composer';
import { AlertIcon } from './icons';
import { MessageList } from './message-list';
import { useWidget } from './widget-context';

const TITLE_ID = 'parley-chat-title';

/** The open chat: header, conversation (or why there is none), and the composer. */
export function ChatWindow({ state }: { state: SessionState }) {
  const { session, strings } = useWidget();
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const canWrite = state.conversation === 'active';

  // Focus moves into the window when it opens (the composer, or the window itself).
  useEffect(() => {
    if (input.current && !input.current.disabled) input.current.focus();
    else dialog.current?.focus();
  }, []);
  // The composer becomes usable once the conversation has started, and a finished
  // conversation disables its buttons: keep the focus in the window when that happens.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const root = element.getRootNode() as ShadowRoot | Document;
    if (root.activeElement !== element && !focusIsLost(element)) return;
    if (canWrite) input.current?.focus();
    else element.querySelector<HTMLElement>('[data-testid="widget-new-conversation"]')?.focus();
  }, [canWrite]);
  const focusComposer = () => input.current?.focus();

  return (
    <div
      ref={dialog}
      class="pw-window"
      role="dialog"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      data-testid="widget-window"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          session.close();
        }
      }}
    >
      <ChatHeader state={state} titleId={TITLE_ID} />
      {state.connection === 'reconnecting' && state.conversation === 'active' && (
        <div class="pw-banner" role="status" data-testid="widget-reconnecting">
          <span class="pw-spinner" aria-hidden="true" />
          {strings.reconnecting}
        </div>
      )}
      <div class="pw-body">
        <Body state={state} onAnswer={focusComposer} />
      </div>
      {state.notice && (
        <div class="pw-notice" role="alert" data-testid="widget-notice">
          <span>{strings.notices[state.notice]}</span>
          <button type="button" class="pw-link-button" onClick={() => session.dismissNotice()}>
            {strings.dismiss}
          </button>
        </div>
      )}
      {state.load !== 'error' && (
        <div class="pw-footer">
          {state.conversation === 'ended' ? (
            <button
              type="button"
              class="pw-primary-button"
              data-testid="widget-new-conversation"
              onClick={() => void session.restart()}
            >
              {strings.newConversation}
            </button>
          ) : (
            <Composer disabled={!canWrite} inputRef={input} />
          )}
          <p class="pw-powered">{strings.poweredBy}</p>
        </div>
      )}
    </div>
  );
}

function Body({ state, onAnswer }: { state: SessionState; onAnswer: () => void }) {
  const { session, strings } = useWidget();
  if (state.load === 'error' && state.loadError) {
    return (
      <div
        class="pw-center pw-error"
        role="alert"
        data-testid="widget-error"
        data-error={state.loadError}
      >
        <AlertIcon />
        <p>{strings.errors[state.loadError]}</p>
        {state.loadError === 'network' && (
          <button type="button" class="pw-primary-button" onClick={() => void session.load()}>
            {strings.retry}
          </button>
        )}
      </div>
    );
  }
  if (
    state.load === 'loading' ||
    (state.conversation === 'starting' && state.messages.length === 0)
  ) {
    return (
      <div class="pw-center" role="status" data-testid="widget-loading">
        <span class="pw-spinner pw-spinner-large" aria-hidden="true" />
        <p>{state.load === 'loading' ? strings.loading : strings.starting}</p>
      </div>
    );
  }
  if (state.conversation === 'none' && state.notice === 'start-failed') {
    return (
      <div class="pw-center">
        <button type="button" class="pw-primary-button" onClick={() => void session.open()}>
          {strings.retry}
        </button>
      </div>
    );
  }
  return <MessageList state={state} onAnswer={onAnswer} />;
}
