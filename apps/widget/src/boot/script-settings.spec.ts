import { afterEach, describe, expect, it } from 'vitest';
import { findWidgetScript, readScriptSettings } from './script-settings';

function addScript(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.type = 'text/plain';
  document.head.appendChild(script);
  return script;
}

describe('script settings', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.documentElement.lang = '';
  });

  it('finds the widget tag and reads channel, runtime and locale from it', () => {
    addScript({ src: 'https://other.test/analytics.js', 'data-channel': 'nope' });
    addScript({
      src: 'https://chat.acme.test/widget.js',
      'data-channel': 'ch-1',
      'data-open': 'true',
    });
    document.documentElement.lang = 'zh-Hans-CN';
    const script = findWidgetScript(document);
    expect(script?.dataset.channel).toBe('ch-1');
    expect(readScriptSettings(script!, document)).toEqual({
      channelId: 'ch-1',
      baseUrl: 'https://chat.acme.test',
      locale: 'zh-CN',
      openOnLoad: true,
    });
  });

  it('prefers data-locale over the page language, and keeps a path prefix', () => {
    document.documentElement.lang = 'zh-CN';
    const script = addScript({
      src: 'https://acme.test/parley/widget.js?v=2',
      'data-channel': 'ch-2',
      'data-locale': 'en',
    });
    expect(readScriptSettings(script, document)).toMatchObject({
      baseUrl: 'https://acme.test/parley',
      locale: 'en',
      openOnLoad: false,
    });
  });

  it('needs a channel', () => {
    const script = addScript({ src: 'https://acme.test/widget.js', 'data-channel': ' ' });
    expect(readScriptSettings(script, document)).toBeNull();
  });
});
