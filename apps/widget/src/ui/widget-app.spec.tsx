import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatHttpError } from '../chat/chat-http';
import { fakeHttp, stored, botSays } from '../testing/fake-chat';
import { press, renderWidget } from '../testing/render-widget';

type Rendered = Awaited<ReturnType<typeof renderWidget>>;
let widget: Rendered | undefined;

beforeEach(() => localStorage.clear());
afterEach(() => {
  widget?.cleanup();
  widget = undefined;
});

async function openWidget(options: Parameters<typeof renderWidget>[0] = {}) {
  widget = await renderWidget(options);
  const { step, find } = widget;
  await step(() => find('widget-launcher')?.click());
  return widget;
}

describe('the widget', () => {
  it('shows a labelled launcher and opens a themed window with the focus in the composer', async () => {
    widget = await renderWidget();
    const launcher = widget.find('widget-launcher')!;
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(widget.find('widget-window')).toBeNull();

    await widget.step(() => launcher.click());
    const dialog = widget.find('widget-window')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(widget.root.getElementById('parley-chat-title')?.textContent).toBe('Acme support');
    expect(widget.root.activeElement).toBe(widget.find('widget-input'));
    expect(widget.find('widget-root')?.style.getPropertyValue('--pw-primary')).toBe('#0F766E');
    expect(widget.find('widget-greeting')?.textContent).toBe('Welcome to Acme!');
    expect(widget.find('widget-log')?.getAttribute('role')).toBe('log');
    expect(widget.find('widget-message')?.textContent).toBe('Hi! How can I help?');
  });

  it('closes on Escape and gives the focus back to the launcher', async () => {
    const { find, step, root } = await openWidget();
    await step(() => press(find('widget-input')!, 'Escape'));
    expect(find('widget-window')).toBeNull();
    expect(root.activeElement).toBe(find('widget-launcher'));
  });

  it('sends what the customer types with Enter and shows the reply', async () => {
    const { find, findAll, step, http } = await openWidget();
    const input = find<HTMLTextAreaElement>('widget-input')!;
    await step(() => {
      input.value = 'Where is my order?';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await step(() => press(input, 'Enter'));
    expect(http.send).toHaveBeenCalledTimes(1);
    expect(findAll('widget-message').map((m) => m.textContent)).toEqual([
      'Hi! How can I help?',
      'Where is my order?',
      'You said: Where is my order?',
    ]);
    expect(input.value).toBe('');
  });

  it('renders buttons, quick replies, cards, carousels and images', async () => {
    const http = fakeHttp();
    http.start.mockResolvedValue({
      conversationId: 'c',
      token: 'c.t',
      status: 'waiting',
      messages: [
        stored({ type: 'text', text: 'Pick one', buttons: [{ label: 'Track', payload: 'track' }] }),
        stored({ type: 'image', url: 'https://images.acme.test/box.png', alt: 'A box' }),
        stored({ type: 'image', url: 'https://tracker.evil.test/pixel.png', alt: 'Blocked' }),
        stored({
          type: 'carousel',
          cards: [
            { title: 'Red shoes', subtitle: '49.00', buttons: [{ label: 'Buy', payload: 'red' }] },
            { title: 'Blue shoes', buttons: [] },
          ],
        }),
        stored({
          type: 'text',
          text: 'Anything else?',
          quickReplies: [{ label: 'No', payload: 'no' }],
        }),
      ],
    });
    const { find, findAll, step, root } = await openWidget({ http });
    expect(findAll('widget-button').map((b) => b.textContent)).toEqual(['Track', 'Buy']);
    const images = Array.from(root.querySelectorAll('img.pw-message-image'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      'https://images.acme.test/box.png',
    ]);
    expect(root.querySelector('.pw-image-missing')?.textContent).toBe('Blocked');
    expect(
      findAll('widget-card').map((c) => c.querySelector('.pw-card-title')?.textContent),
    ).toEqual(['Red shoes', 'Blue shoes']);
    const carousel = find('widget-carousel')!;
    expect(carousel.tabIndex).toBe(0);
    expect(root.querySelector('[aria-roledescription="slide"]')?.getAttribute('aria-label')).toBe(
      '1 of 2',
    );

    findAll('widget-quick-reply')[0]?.focus();
    await step(() => findAll('widget-quick-reply')[0]?.click());
    expect(findAll('widget-quick-reply')).toHaveLength(0);
    // The answered quick replies are gone: the focus moves on to the composer.
    expect(root.activeElement).toBe(find('widget-input'));
  });

  it('shows everything a bot sends as text, never as markup', async () => {
    const http = fakeHttp();
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    http.start.mockResolvedValue({
      conversationId: 'c',
      token: 'c.t',
      status: 'waiting',
      messages: [
        stored({
          type: 'text',
          text: `${payload} javascript:alert(1)`,
          buttons: [{ label: payload, payload: 'x' }],
        }),
        stored({
          type: 'card',
          card: { title: payload, imageUrl: 'javascript:alert(1)', buttons: [] },
        }),
      ],
    });
    const { find, root } = await openWidget({ http });
    expect(find('widget-message')?.textContent).toBe(`${payload} javascript:alert(1)`);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(find('widget-button')?.textContent).toBe(payload);
  });

  it('turns only http(s) URLs into links that open safely', async () => {
    const http = fakeHttp();
    http.start.mockResolvedValue({
      conversationId: 'c',
      token: 'c.t',
      status: 'waiting',
      messages: [botSays('Track it at https://track.acme.test/AB1 or javascript:void(0)')],
    });
    const { root } = await openWidget({ http });
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((a) => [a.href, a.target, a.rel])).toEqual([
      ['https://track.acme.test/AB1', '_blank', 'noopener noreferrer nofollow'],
    ]);
  });

  it('counts messages that arrive while closed on the launcher', async () => {
    const w = await openWidget();
    await w.step(() => w.find('widget-close')?.click());
    await w.step(() => w.links.latest()?.handlers.message(botSays('Still there?')));
    expect(w.find('widget-unread')?.textContent).toBe('1');
    expect(w.find('widget-launcher')?.getAttribute('aria-label')).toBe(
      'Open chat (1 unread message)',
    );
  });

  it('shows the bot typing and a reconnecting state', async () => {
    const w = await openWidget();
    const live = w.links.latest()!;
    await w.step(() => live.handlers.botTyping(true));
    expect(w.find('widget-typing')).not.toBeNull();
    await w.step(() => {
      live.handlers.connection('online');
      live.handlers.connection('reconnecting');
    });
    expect(w.find('widget-reconnecting')?.textContent).toBe('Reconnecting…');
  });

  it('offers a new conversation once one has ended', async () => {
    const w = await openWidget();
    await w.step(() => {
      w.links.latest()?.handlers.message(stored({ type: 'end', status: 'resolved' }));
      w.links.latest()?.handlers.status('ended');
    });
    expect(w.find('widget-ended-note')?.textContent).toBe('This conversation has ended.');
    expect(w.find('widget-input')).toBeNull();
    await w.step(() => w.find('widget-new-conversation')?.click());
    expect(w.http.start).toHaveBeenCalledTimes(2);
    expect(w.find('widget-input')).not.toBeNull();
  });

  it('explains that a website is not allowed to use the chat', async () => {
    const http = fakeHttp();
    http.widgetConfig.mockRejectedValue(new ChatHttpError(403, 'not allowed'));
    const { find } = await openWidget({ http });
    expect(find('widget-error')?.textContent).toBe('This website is not allowed to use this chat.');
    expect(find('widget-input')).toBeNull();
    expect(http.start).not.toHaveBeenCalled();
  });

  it('speaks Chinese on a Chinese page', async () => {
    const { find } = await openWidget({ locale: 'zh-CN' });
    expect(find('widget-input')?.getAttribute('placeholder')).toBe('输入消息…');
    expect(find('widget-greeting')?.textContent).toBe('欢迎光临 Acme！');
    expect(find('widget-close')?.getAttribute('aria-label')).toBe('最小化聊天窗口');
  });
});
