import { widgetLocale } from '../i18n/strings';

/** What the embedding `<script>` tag says. */
export interface ScriptSettings {
  channelId: string;
  /** The runtime's origin (plus any path prefix), taken from the script's own `src`. */
  baseUrl: string;
  locale: 'en' | 'zh-CN';
  openOnLoad: boolean;
}

/**
 * Finds the widget's script element: `document.currentScript` while it runs
 * synchronously; with `async` that is null in some browsers, so fall back to the
 * `script[data-channel]` whose src ends in `widget.js`.
 */
export function findWidgetScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.channel) return current;
  const candidates = Array.from(doc.querySelectorAll<HTMLScriptElement>('script[data-channel]'));
  return candidates.find((script) => /widget\.js(?:[?#].*)?$/.test(script.src)) ?? null;
}

/** Reads the tag; null when it has no channel or no usable src. */
export function readScriptSettings(
  script: HTMLScriptElement,
  doc: Document,
): ScriptSettings | null {
  const channelId = script.dataset.channel?.trim();
  if (!channelId) return null;
  let baseUrl: string;
  try {
    const src = new URL(script.src, doc.baseURI);
    baseUrl = `${src.origin}${src.pathname.replace(/\/[^/]*$/, '')}`;
  } catch {
    return null;
  }
  return {
    channelId,
    baseUrl,
    locale: widgetLocale(script.dataset.locale ?? doc.documentElement.lang),
    openOnLoad: script.dataset.open === 'true',
  };
}
