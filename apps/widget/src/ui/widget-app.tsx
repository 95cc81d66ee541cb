import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { ChatSession } from '../chat/chat-session';
import { defaultTheme } from '../chat/widget-config';
import type { Strings } from '../i18n/strings';
import { ChatWindow } from './chat-window';
import { focusIsLost } from './focus-lost';
import { Launcher } from './launcher';
import { themeStyle } from './theme-style';
import { useSession } from './use-session';
import { WidgetContext, type WidgetContextValue } from './widget-context';

export interface WidgetAppProps {
  session: ChatSession;
  strings: Strings;
  locale: 'en' | 'zh-CN';
  baseUrl: string;
}

/** The whole widget: the launcher, and the chat window while open, in the channel's colours. */
export function WidgetApp({ session, strings, locale, baseUrl }: WidgetAppProps) {
  const state = useSession(session);
  const launcher = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(state.open);
  const theme = state.config?.theme ?? defaultTheme;
  const context = useMemo<WidgetContextValue>(
    () => ({
      session,
      strings,
      locale,
      baseUrl,
      allowedImageHosts: state.config?.allowedImageHosts ?? [],
    }),
    [session, strings, locale, baseUrl, state.config],
  );

  // Closing from inside the widget hands the focus back to the launcher; a close
  // the host page asked for (focus on one of its own elements) leaves the focus alone.
  // A layout effect: the focus is back before the browser paints the closed state.
  useLayoutEffect(() => {
    const button = launcher.current;
    if (wasOpen.current && !state.open && button && focusIsLost(button)) button.focus();
    wasOpen.current = state.open;
  }, [state.open]);

  return (
    <WidgetContext.Provider value={context}>
      <div
        class={`pw-root pw-${theme.position}${state.open ? ' pw-is-open' : ''}`}
        style={themeStyle(theme)}
        lang={locale}
        data-testid="widget-root"
      >
        {state.open && <ChatWindow state={state} />}
        <Launcher open={state.open} unread={state.unread} buttonRef={launcher} />
      </div>
    </WidgetContext.Provider>
  );
}
