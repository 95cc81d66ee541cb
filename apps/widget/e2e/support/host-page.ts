import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { e2eEnv } from '../../../studio/e2e/support/e2e-env';

/** A customer's website on its own port (another origin than the runtime's), embedding the widget. */
export interface HostSite {
  origin: string;
  /** The page with the widget; `css` and `lang` make the page hostile or Chinese. */
  pageUrl(options?: { css?: string; lang?: string; path?: string }): string;
  close(): Promise<void>;
}

export interface HostSiteOptions {
  channelId: () => string;
  /** Extra routes, e.g. a stand-in for the shop's order system. */
  api?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

export async function startHostSite(options: HostSiteOptions): Promise<HostSite> {
  const server = createServer((request, response) => {
    if (options.api?.(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      hostPage(
        options.channelId(),
        url.searchParams.get('css') ?? '',
        url.searchParams.get('lang') ?? 'en',
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: ({ css = '', lang = 'en', path = '/shop' } = {}) => {
      const query = new URLSearchParams({ lang, ...(css ? { css } : {}) });
      return `${origin}${path}?${query.toString()}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small shop page, with whatever CSS the test wants it to carry. */
function hostPage(channelId: string, css: string, lang: string): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme shop</title>
<style>body { font-family: Georgia, serif; margin: 0; padding: 40px; background: #fafaf7; }</style>
<style>${css.replace(/<\//g, '<\\/')}</style>
</head>
<body>
<h1>Acme shop</h1>
<p>Everything for your home. <a href="#catalogue" id="host-link">See the catalogue</a></p>
<button type="button" class="pw-button pw-launcher" id="host-button">A button of the shop</button>
<div class="pw-bubble pw-window" id="host-box">A box of the shop</div>
<script src="${escape(e2eEnv.url)}/widget.js" data-channel="${escape(channelId)}" async></script>
</body>
</html>
`;
}
