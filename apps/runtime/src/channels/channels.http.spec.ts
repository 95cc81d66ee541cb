import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { echoBot, publishBot, publishDraft, texts } from '../testing/chat-bots';
import { tempDataDir } from '../testing/temp-data-dir';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { ORIGIN_REFUSED } from './origin-policy';

type Json = Record<string, unknown>;

const SHOP = 'https://shop.example.com';
const EVIL = 'https://evil.example.net';

describe('web channels over HTTP', () => {
  let runtime: TestRuntime;
  let shop: TestWorkspace;
  let bank: TestWorkspace;
  let widgetDir: string;
  let botId: string;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    token = shop.users.editor.token,
  ): Promise<{ status: number; json: Json & Json[] }> {
    const response = await request(`${runtime.url}/api/v1${path}`, method, { token, body });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : {}) as Json & Json[] };
  }

  async function createChannel(body: Json = {}, bot = botId): Promise<Json> {
    const created = await call('POST', `/bots/${bot}/channels`, {
      environment: 'staging',
      allowedOrigins: [SHOP],
      ...body,
    });
    expect(created.status).toBe(201);
    return created.json;
  }

  /** A browser-like call: JSON body, an `Origin`, and a conversation token when given. */
  function browser(
    method: string,
    path: string,
    origin: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    return request(`${runtime.url}${path}`, method, {
      ...options,
      headers: { origin, ...options.headers },
    });
  }

  beforeAll(async () => {
    widgetDir = await tempDataDir();
    runtime = await startTestRuntime({ PARLEY_WIDGET_DIR: widgetDir });
    shop = await createTestWorkspace(runtime.app);
    bank = await createTestWorkspace(runtime.app);
    const token = shop.users.editor.token;
    botId = await publishBot(
      runtime.url,
      token,
      { ...echoBot({ greeting: 'Hello from production' }), name: 'Shop <b>"help"</b> & more' },
      'production',
    );
    // Staging runs a newer version: a conversation through a staging channel must greet with it.
    const draft = await call('GET', `/bots/${botId}/draft`);
    const document = structuredClone(draft.json.document) as Json;
    const flows = document.flows as { nodes: { id: string; data: Json }[] }[];
    const greet = flows[0]?.nodes.find((node) => node.id === 'greet');
    if (greet) greet.data = { text: { en: 'Hello from staging' } };
    const saved = await call('PUT', `/bots/${botId}/draft`, {
      revision: draft.json.revision,
      document,
    });
    expect(saved.status).toBe(200);
    await publishDraft(runtime.url, token, botId, 'staging');
  });
  afterAll(() => runtime.close());

  it('creates, lists, reads, changes and deletes a channel, each change audited', async () => {
    const created = await createChannel({ theme: { primaryColor: '#112233' } });
    expect(created).toMatchObject({
      botId,
      environment: 'staging',
      kind: 'web',
      name: 'Website (staging)',
      enabled: true,
      theme: {
        primaryColor: '#112233',
        title: 'Shop <b>"help"</b> & more',
        avatarUrl: null,
        greeting: {},
        position: 'right',
      },
      allowedOrigins: [SHOP],
      allowedImageHosts: [],
    });
    const id = created.id as string;
    const listed = await call('GET', `/bots/${botId}/channels`, undefined, shop.users.viewer.token);
    expect(listed.status).toBe(200);
    expect(listed.json.find((channel) => channel.id === id)).toMatchObject({
      version: 2,
      conversationsLast24h: 0,
    });
    const patched = await call('PATCH', `/bots/${botId}/channels/${id}`, {
      theme: {
        title: 'Shop help',
        greeting: { en: 'Hi there', 'zh-CN': '你好' },
        position: 'left',
      },
      allowedImageHosts: ['cdn.example.com'],
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      theme: { primaryColor: '#112233', title: 'Shop help', position: 'left' },
      allowedImageHosts: ['cdn.example.com'],
    });
    const read = await call(
      'GET',
      `/bots/${botId}/channels/${id}`,
      undefined,
      shop.users.viewer.token,
    );
    expect(read.json).toMatchObject({ theme: { greeting: { en: 'Hi there', 'zh-CN': '你好' } } });
    expect((await call('DELETE', `/bots/${botId}/channels/${id}`)).status).toBe(204);
    expect((await call('GET', `/bots/${botId}/channels/${id}`)).status).toBe(404);
    const audit = await call('GET', '/audit?limit=50', undefined, shop.users.admin.token);
    const actions = audit.json
      .filter((event) => event.targetId === id)
      .map((event) => event.action)
      .reverse();
    expect(actions).toEqual(['channel.created', 'channel.updated', 'channel.deleted']);
  });

  it('refuses each bad field with 400 naming it, and stores nothing', async () => {
    const before = (await call('GET', `/bots/${botId}/channels`)).json.length;
    const bad: [Json, string][] = [
      [{ theme: { primaryColor: 'red' } }, 'theme.primaryColor'],
      [{ theme: { primaryColor: '#12345' } }, 'theme.primaryColor'],
      [{ theme: { title: 'x'.repeat(61) } }, 'theme.title'],
      [{ theme: { title: '   ' } }, 'theme.title'],
      [{ theme: { avatarUrl: 'javascript:alert(1)' } }, 'theme.avatarUrl'],
      [{ theme: { avatarUrl: 'ftp://files.example.com/a.png' } }, 'theme.avatarUrl'],
      [{ theme: { position: 'top' } }, 'theme.position'],
      [{ theme: { greeting: { klingon: 'nuqneH' } } }, 'theme.greeting.klingon'],
      [{ allowedOrigins: ['https://shop.example.com/checkout'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['*'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: [SHOP, 'https://*.example.com'] }, 'allowedOrigins.1'],
      [{ allowedOrigins: ['https://shop.example.com/'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['shop.example.com'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: [SHOP, SHOP] }, 'allowedOrigins'],
      [{ allowedImageHosts: ['https://cdn.example.com'] }, 'allowedImageHosts.0'],
      [{ allowedImageHosts: ['cdn.example.com/images'] }, 'allowedImageHosts.0'],
      [{ environment: 'Staging!' }, 'environment'],
      [{ environment: 'qa' }, 'environment'],
      [{ kind: 'telegram' }, 'kind'],
      [{ colour: 'blue' }, ''],
    ];
    for (const [body, path] of bad) {
      const response = await call('POST', `/bots/${botId}/channels`, {
        environment: 'staging',
        ...body,
      });
      const problems = (response.json.problems ?? []) as { path: string }[];
      expect(
        `${JSON.stringify(body)} → ${response.status} ${problems.map((p) => p.path).join()}`,
      ).toBe(`${JSON.stringify(body)} → 400 ${path}`);
    }
    const channel = await createChannel();
    const id = channel.id as string;
    for (const [body, path] of bad.filter(([b]) => !('kind' in b))) {
      const response = await call('PATCH', `/bots/${botId}/channels/${id}`, body);
      const problems = (response.json.problems ?? []) as { path: string }[];
      const paths = [...new Set(problems.map((p) => p.path))].join();
      expect(`${JSON.stringify(body)} → ${response.status} ${paths}`).toBe(
        `${JSON.stringify(body)} → 400 ${path}`,
      );
    }
    expect((await call('PATCH', `/bots/${botId}/channels/${id}`, {})).status).toBe(400);
    expect((await call('GET', `/bots/${botId}/channels/${id}`)).json).toEqual(channel);
    expect((await call('GET', `/bots/${botId}/channels`)).json.length).toBe(before + 1);
  });

  it('lets viewers and agents read, editors and admins write', async () => {
    const id = (await createChannel()).id as string;
    const path = `/bots/${botId}/channels`;
    for (const role of ['viewer', 'agent'] as const) {
      const token = shop.users[role].token;
      expect((await call('GET', path, undefined, token)).status).toBe(200);
      expect((await call('GET', `${path}/${id}`, undefined, token)).status).toBe(200);
      expect((await call('POST', path, { environment: 'staging' }, token)).status).toBe(403);
      expect((await call('PATCH', `${path}/${id}`, { enabled: false }, token)).status).toBe(403);
      expect((await call('DELETE', `${path}/${id}`, undefined, token)).status).toBe(403);
    }
    const admin = shop.users.admin.token;
    expect((await call('PATCH', `${path}/${id}`, { name: 'Shop site' }, admin)).status).toBe(200);
  });

  it('answers 404 to another workspace, and changes nothing', async () => {
    const channel = await createChannel();
    const id = channel.id as string;
    const token = bank.users.admin.token;
    const path = `/bots/${botId}/channels`;
    expect((await call('GET', path, undefined, token)).status).toBe(404);
    expect((await call('POST', path, { environment: 'staging' }, token)).status).toBe(404);
    expect((await call('GET', `${path}/${id}`, undefined, token)).status).toBe(404);
    expect((await call('PATCH', `${path}/${id}`, { enabled: false }, token)).status).toBe(404);
    expect((await call('DELETE', `${path}/${id}`, undefined, token)).status).toBe(404);
    // Its own bot with the other workspace's channel id: still not found.
    const bankBot = await publishBot(runtime.url, bank.users.editor.token, echoBot());
    expect((await call('GET', `/bots/${bankBot}/channels/${id}`, undefined, token)).status).toBe(
      404,
    );
    expect((await call('GET', `${path}/${id}`)).json).toEqual(channel);
  });

  it('gives the widget its public configuration; 404 unknown, 409 switched off or unpublished', async () => {
    const channel = await createChannel({ allowedImageHosts: ['cdn.example.com'] });
    const id = channel.id as string;
    const config = await request(`${runtime.url}/api/v1/channels/${id}/widget`, 'GET');
    expect(config.status).toBe(200);
    expect(await config.json()).toEqual({
      channelId: id,
      botId,
      environment: 'staging',
      enabled: true,
      theme: channel.theme,
      locales: ['en'],
      defaultLocale: 'en',
      allowedImageHosts: ['cdn.example.com'],
    });
    const unknown = await request(`${runtime.url}/api/v1/channels/${randomUUID()}/widget`, 'GET');
    expect(unknown.status).toBe(404);
    expect((await request(`${runtime.url}/api/v1/channels/nope/widget`, 'GET')).status).toBe(400);
    await call('PATCH', `/bots/${botId}/channels/${id}`, { enabled: false });
    const off = await request(`${runtime.url}/api/v1/channels/${id}/widget`, 'GET');
    expect(off.status).toBe(409);
    expect(await off.json()).toMatchObject({ message: 'This chat is switched off for now' });
    // A new bot has environments but nothing deployed in them.
    const created = await call('POST', '/bots', { name: 'Unpublished' });
    const empty = await createChannel({}, created.json.id as string);
    const unpublished = await request(
      `${runtime.url}/api/v1/channels/${empty.id as string}/widget`,
      'GET',
    );
    expect(unpublished.status).toBe(409);
  });

  it("starts a conversation through a channel in the channel's environment, and remembers the channel", async () => {
    const id = (await createChannel()).id as string;
    const root = `${runtime.url}/api/v1/bots/${botId}/conversations`;
    const started = await request(root, 'POST', { body: { channelId: id } });
    expect(started.status).toBe(201);
    const body = (await started.json()) as { conversationId: string; messages: never[] };
    expect(texts(body.messages)).toEqual(['Hello from staging', 'Say something.']);
    const rows: Json[] = await runtime.app
      .get(DataSource)
      .query('SELECT channel, channel_id, environment FROM conversations WHERE id = $1', [
        body.conversationId,
      ]);
    expect(rows).toEqual([{ channel: 'widget', channel_id: id, environment: 'staging' }]);
    const listed = await call('GET', `/bots/${botId}/channels`);
    expect(listed.json.find((channel) => channel.id === id)).toMatchObject({
      conversationsLast24h: 1,
    });
    // Without a channel, today's behaviour: production.
    const plain = await request(root, 'POST', { body: {} });
    expect(texts(((await plain.json()) as { messages: never[] }).messages)[0]).toBe(
      'Hello from production',
    );
  });

  it('refuses a channel with an environment, of another bot, or switched off', async () => {
    const id = (await createChannel()).id as string;
    const root = `${runtime.url}/api/v1/bots/${botId}/conversations`;
    const both = await request(root, 'POST', {
      body: { channelId: id, environment: 'production' },
    });
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ problems: [{ path: 'environment' }] });
    const other = await publishBot(runtime.url, shop.users.editor.token, echoBot());
    const foreign = await request(`${runtime.url}/api/v1/bots/${other}/conversations`, 'POST', {
      body: { channelId: id },
    });
    expect(foreign.status).toBe(404);
    await call('PATCH', `/bots/${botId}/channels/${id}`, { enabled: false });
    const off = await request(root, 'POST', { body: { channelId: id } });
    expect(off.status).toBe(409);
  });

  describe('origin rule and CORS', () => {
    let channelId: string;
    let root: string;
    beforeAll(async () => {
      channelId = (await createChannel()).id as string;
      root = `/api/v1/bots/${botId}/conversations`;
    });

    it('refuses a website the channel does not allow: config, start and messages', async () => {
      const config = await browser('GET', `/api/v1/channels/${channelId}/widget`, EVIL);
      expect(config.status).toBe(403);
      expect(await config.json()).toMatchObject({ message: ORIGIN_REFUSED });
      expect(config.headers.get('access-control-allow-origin')).toBeNull();
      const start = await browser('POST', root, EVIL, { body: { channelId } });
      expect(start.status).toBe(403);
      expect(await start.json()).toMatchObject({ message: ORIGIN_REFUSED });
      // A conversation started by the allowed site cannot be used from another one.
      const started = await browser('POST', root, SHOP, { body: { channelId } });
      const { conversationId, token } = (await started.json()) as Json as {
        conversationId: string;
        token: string;
      };
      const messages = `${root}/${conversationId}/messages`;
      const send = await browser('POST', messages, EVIL, { token, body: { text: 'hi' } });
      expect(send.status).toBe(403);
      const read = await browser('GET', messages, EVIL, { token });
      expect(read.status).toBe(403);
      // Nothing was stored by the refused message.
      const after = await browser('GET', messages, SHOP, { token });
      expect(texts(((await after.json()) as { messages: never[] }).messages)).toEqual([
        '[start]',
        'Hello from staging',
        'Say something.',
      ]);
    });

    it('adds CORS headers for an allowed website and for the runtime itself', async () => {
      const config = await browser('GET', `/api/v1/channels/${channelId}/widget`, SHOP);
      expect(config.status).toBe(200);
      expect(config.headers.get('access-control-allow-origin')).toBe(SHOP);
      expect(config.headers.get('vary')).toContain('Origin');
      const started = await browser('POST', root, SHOP, { body: { channelId } });
      expect(started.status).toBe(201);
      expect(started.headers.get('access-control-allow-origin')).toBe(SHOP);
      const { conversationId, token } = (await started.json()) as {
        conversationId: string;
        token: string;
      };
      const sent = await browser('POST', `${root}/${conversationId}/messages`, SHOP, {
        token,
        body: { text: 'hi' },
      });
      expect(sent.status).toBe(200);
      expect(sent.headers.get('access-control-allow-origin')).toBe(SHOP);
      expect(texts(((await sent.json()) as { replies: never[] }).replies)).toEqual([
        'You said: hi',
        'Say something.',
      ]);
      // The demo page is served by the runtime: its own origin is always allowed.
      const own = await browser('POST', root, runtime.url, { body: { channelId } });
      expect(own.status).toBe(201);
      // Refusals a widget must be able to read carry the headers too.
      await call('PATCH', `/bots/${botId}/channels/${channelId}`, { enabled: false });
      const off = await browser('POST', root, SHOP, { body: { channelId } });
      expect(off.status).toBe(409);
      expect(off.headers.get('access-control-allow-origin')).toBe(SHOP);
      await call('PATCH', `/bots/${botId}/channels/${channelId}`, { enabled: true });
    });

    it('answers preflights: allowed origins get the CORS headers, others 403', async () => {
      const started = await browser('POST', root, SHOP, { body: { channelId } });
      const { conversationId } = (await started.json()) as { conversationId: string };
      const preflight = (path: string, origin: string) =>
        fetch(`${runtime.url}${path}`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type, authorization',
          },
        });
      for (const path of [
        `/api/v1/channels/${channelId}/widget`,
        root,
        `${root}/${conversationId}/messages`,
      ]) {
        const allowed = await preflight(path, SHOP);
        expect(`${path} ${allowed.status}`).toBe(`${path} 204`);
        expect(allowed.headers.get('access-control-allow-origin')).toBe(SHOP);
        expect(allowed.headers.get('access-control-allow-headers')).toBe(
          'content-type, authorization',
        );
        expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
        const refused = await preflight(path, EVIL);
        expect(`${path} ${refused.status}`).toBe(`${path} 403`);
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      }
    });

    it('keeps requests without Origin as they were', async () => {
      const started = await request(`${runtime.url}${root}`, 'POST', { body: { channelId } });
      expect(started.status).toBe(201);
      expect(started.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('applies the same rule to the socket.io chat namespace', async () => {
      const started = await browser('POST', root, SHOP, { body: { channelId } });
      const { token } = (await started.json()) as { token: string };
      const connect = (origin: string) =>
        new Promise<{ ok: true } | { ok: false; message: string; status?: number }>((resolve) => {
          const socket = io(`${runtime.url}/chat`, {
            auth: { token },
            extraHeaders: { origin },
            transports: ['websocket'],
            forceNew: true,
            reconnection: false,
          });
          socket.on('connect', () => {
            socket.close();
            resolve({ ok: true });
          });
          socket.on('connect_error', (error: Error & { data?: { status?: number } }) => {
            socket.close();
            resolve({ ok: false, message: error.message, status: error.data?.status });
          });
        });
      expect(await connect(EVIL)).toEqual({ ok: false, message: ORIGIN_REFUSED, status: 403 });
      expect(await connect(SHOP)).toEqual({ ok: true });
    });
  });

  it('serves a demo page per channel, with the bot name escaped', async () => {
    const id = (await createChannel()).id as string;
    const page = await fetch(`${runtime.url}/demo/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain(
      '<title>Shop &#60;b&#62;&#34;help&#34;&#60;/b&#62; &#38; more — demo</title>',
    );
    expect(html).not.toContain('<b>');
    expect(html).toContain(`<script src="/widget.js" data-channel="${id}" async></script>`);
    const missing = await fetch(`${runtime.url}/demo/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Channel not found');
    expect((await fetch(`${runtime.url}/demo/not-an-id`)).status).toBe(404);
  });

  it('serves widget.js from PARLEY_WIDGET_DIR, and a clear 404 while it is not built', async () => {
    const file = join(widgetDir, 'widget.js');
    await writeFile(file, 'window.parleyWidgetLoaded = true;\n');
    const served = await fetch(`${runtime.url}/widget.js`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('javascript');
    expect(served.headers.get('cache-control')).toBe('public, max-age=300');
    expect(served.headers.get('access-control-allow-origin')).toBe('*');
    expect(await served.text()).toBe('window.parleyWidgetLoaded = true;\n');
    await rm(file);
    const missing = await fetch(`${runtime.url}/widget.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('widget is not built');
  });
});
