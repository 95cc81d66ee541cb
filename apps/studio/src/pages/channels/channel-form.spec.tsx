import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Channel, ChannelListItem } from '../../api/channels-api';
import { theme } from '../../app/theme';
import { initI18n } from '../../i18n/i18n';
import { ChannelEditor } from './channel-editor';
import {
  channelChanges,
  embedSnippet,
  formValues,
  imageHostProblem,
  originProblem,
  validateChannelForm,
} from './channel-form-model';

const channel: ChannelListItem = {
  id: '00000000-0000-4000-8000-000000000001',
  botId: '00000000-0000-4000-8000-000000000002',
  environment: 'staging',
  kind: 'web',
  name: 'Website (staging)',
  enabled: true,
  theme: {
    primaryColor: '#1c7ed6',
    title: 'Order status',
    avatarUrl: null,
    greeting: {},
    position: 'right',
  },
  allowedOrigins: [],
  allowedImageHosts: [],
  createdAt: '2026-11-24T07:00:00.000Z',
  updatedAt: '2026-11-24T07:00:00.000Z',
  version: 1,
  conversationsLast24h: 0,
};

function renderEditor(canEdit = true, language: 'en' | 'zh-CN' = 'en') {
  void initI18n().changeLanguage(language);
  const onSave = vi.fn((changes: Partial<Channel>) => Promise.resolve({ ...channel, ...changes }));
  render(
    <MantineProvider theme={theme}>
      <ChannelEditor
        channel={channel}
        locales={['en', 'zh-CN']}
        canEdit={canEdit}
        onSave={onSave as never}
        onDelete={() => undefined}
      />
    </MantineProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

describe('channel form rules', () => {
  it('flags each bad field with its own message', () => {
    const values = {
      ...formValues(channel),
      name: ' ',
      primaryColor: 'blue',
      title: 'x'.repeat(61),
      avatarUrl: 'javascript:alert(1)',
      greeting: { en: 'y'.repeat(501) },
    };
    expect(validateChannelForm(values)).toEqual({
      name: 'errors.nameRequired',
      primaryColor: 'errors.color',
      title: 'errors.titleTooLong',
      avatarUrl: 'errors.avatarUrl',
      greeting: 'errors.greetingTooLong',
    });
    expect(validateChannelForm(formValues(channel))).toEqual({});
  });

  it('accepts exact origins only, and host names without scheme or path', () => {
    for (const origin of [
      'https://shop.example.com',
      'http://127.0.0.1:4567',
      'http://[::1]:3000',
    ]) {
      expect(originProblem(origin, [])).toBeNull();
    }
    for (const origin of [
      'https://shop.example.com/',
      'https://shop.example.com/checkout',
      'https://*.example.com',
      '*',
      'shop.example.com',
      'ftp://shop.example.com',
      'https://Shop.example.com',
    ]) {
      expect(originProblem(origin, [])).toBe('errors.origin');
    }
    expect(originProblem('https://a.example', ['https://a.example'])).toBe('errors.duplicate');
    expect(imageHostProblem('cdn.example.com', [])).toBeNull();
    expect(imageHostProblem('https://cdn.example.com', [])).toBe('errors.imageHost');
    expect(imageHostProblem('cdn.example.com/img', [])).toBe('errors.imageHost');
  });

  it('sends only what changed, trimmed, and builds the snippet', () => {
    const values = {
      ...formValues(channel),
      title: ' Shop help ',
      greeting: { en: ' Hi ', 'zh-CN': '' },
    };
    expect(channelChanges(channel, values)).toEqual({
      theme: { title: 'Shop help', greeting: { en: 'Hi' } },
    });
    expect(channelChanges(channel, formValues(channel))).toEqual({});
    expect(embedSnippet('https://bots.example.com', 'c1')).toBe(
      '<script src="https://bots.example.com/widget.js" data-channel="c1" async></script>',
    );
  });
});

describe('channel editor', () => {
  it('refuses a bad origin beside its field and saves only once every field holds', async () => {
    const { onSave, user } = renderEditor();
    await user.type(
      screen.getByTestId('channel-origins-input'),
      'https://shop.example.com/checkout{Enter}',
    );
    expect(await screen.findByText(/scheme, host and port only/)).toBeVisible();
    expect(screen.getByTestId('channel-origins-list')).toHaveTextContent('No website yet');
    await user.clear(screen.getByTestId('channel-origins-input'));
    await user.type(screen.getByTestId('channel-origins-input'), 'https://shop.example.com');
    await user.click(screen.getByTestId('channel-origins-add'));
    expect(screen.getByTestId('channel-origins-list')).toHaveTextContent(
      'https://shop.example.com',
    );

    const title = screen.getByTestId('channel-title');
    await user.clear(title);
    await user.type(title, 'A title far too long for the header of a small chat window, really');
    await user.click(screen.getByTestId('channel-save'));
    expect(await screen.findByText('Use at most 60 characters.')).toBeVisible();
    expect(onSave).not.toHaveBeenCalled();
    // The preview follows the form as it is typed.
    expect(screen.getByTestId('widget-preview-title')).toHaveTextContent('A title far too long');

    await user.clear(title);
    await user.type(title, 'Shop help');
    await user.type(screen.getByTestId('channel-greeting-zh-CN'), '您好');
    await user.click(screen.getByTestId('channel-save'));
    expect(onSave).toHaveBeenCalledWith({
      theme: { title: 'Shop help', greeting: { 'zh-CN': '您好' } },
      allowedOrigins: ['https://shop.example.com'],
    });
  }, 20_000);

  it('lets viewers look without changing anything, in Chinese too', () => {
    renderEditor(false, 'zh-CN');
    expect(screen.getByTestId('channel-read-only')).toHaveTextContent('不能修改');
    expect(screen.queryByTestId('channel-save')).toBeNull();
    expect(screen.queryByTestId('channel-origins-input')).toBeNull();
    expect(screen.getByTestId('channel-enabled')).toBeDisabled();
    expect(
      within(screen.getByTestId('channel-editor')).getByTestId('embed-snippet'),
    ).toHaveTextContent(`data-channel="${channel.id}"`);
  });
});
