import { render } from 'preact';
import { act } from 'preact/test-utils';
import { stringsFor } from '../i18n/strings';
import { WidgetApp } from '../ui/widget-app';
import { BASE_URL, fakeHttp, fakeLinks, newSession, settle } from './fake-chat';

/** Renders the widget into a shadow root, as the page gets it, with a fake chat API. */
export async function renderWidget(
  options: { locale?: 'en' | 'zh-CN'; http?: ReturnType<typeof fakeHttp> } = {},
) {
  const locale = options.locale ?? 'en';
  const links = fakeLinks();
  const { session, http } = newSession(options.http ?? fakeHttp(), links);
  const host = document.createElement('parley-chat');
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  root.appendChild(mount);
  await act(async () => {
    render(
      <WidgetApp
        session={session}
        strings={stringsFor(locale)}
        locale={locale}
        baseUrl={BASE_URL}
      />,
      mount,
    );
    await session.load();
  });

  const find = <T extends Element = HTMLElement>(testId: string) =>
    root.querySelector<T>(`[data-testid="${testId}"]`);
  const findAll = <T extends Element = HTMLElement>(testId: string) =>
    Array.from(root.querySelectorAll<T>(`[data-testid="${testId}"]`));

  return {
    session,
    http,
    links,
    root,
    find,
    findAll,
    /** Runs something that changes the widget and waits for it to render. */
    step: async (run: () => unknown) => {
      await act(async () => {
        await run();
        await settle();
      });
    },
    cleanup: () => {
      render(null, mount);
      host.remove();
      session.dispose();
    },
  };
}

/** Presses a key on an element the way a browser would deliver it. */
export function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }),
  );
}
