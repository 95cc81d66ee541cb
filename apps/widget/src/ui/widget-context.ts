import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ChatSession } from '../chat/chat-session';
import type { Strings } from '../i18n/strings';

/** What every part of the widget needs: the session, the words, and where images may come from. */
export interface WidgetContextValue {
  session: ChatSession;
  strings: Strings;
  locale: 'en' | 'zh-CN';
  baseUrl: string;
  allowedImageHosts: readonly string[];
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('useWidget outside the widget');
  return value;
}
