import { h, render } from 'preact';
import { connectSocket } from '../chat/chat-link';
import { createChatHttp } from '../chat/chat-http';
import { ChatSession } from '../chat/chat-session';
import { stringsFor } from '../i18n/strings';
import { WidgetApp } from '../ui/widget-app';
import type { ScriptSettings } from './script-settings';
import styles from '../ui/widget.css?inline';

/** The element the widget lives in; its shadow root keeps the page's styles and the widget's apart. */
export const HOST_TAG = 'parley-chat';

/** Adds the widget to the page and starts loading its channel; answers the session it runs. */
export function mountWidget(doc: Document, settings: ScriptSettings): ChatSession {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-channel', settings.channelId);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, doc);
  const mountPoint = doc.createElement('div');
  shadow.appendChild(mountPoint);
  doc.body.appendChild(host);

  const session = new ChatSession({
    channelId: settings.channelId,
    baseUrl: settings.baseUrl,
    locale: settings.locale,
    http: createChatHttp(settings.baseUrl),
    connect: connectSocket,
  });
  render(
    h(WidgetApp, {
      session,
      strings: stringsFor(settings.locale),
      locale: settings.locale,
      baseUrl: settings.baseUrl,
    }),
    mountPoint,
  );
  if (settings.openOnLoad) void session.open();
  void session.load();
  return session;
}

/**
 * A constructed stylesheet where the browser has them (a page's Content Security
 * Policy does not block those), a `<style>` element otherwise.
 */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(styles);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall through to a style element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = styles;
  shadow.appendChild(style);
}
