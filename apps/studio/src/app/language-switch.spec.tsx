import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeRuntime } from '../testing/fake-runtime';
import { renderStudio } from '../testing/render-studio';

describe('language switch', () => {
  it('switches the UI to Chinese and remembers the choice', async () => {
    renderStudio(createFakeRuntime({ signedIn: true }));
    expect(await screen.findByText('No bots yet')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('language-switch'));
    await user.click(await screen.findByText('中文'));
    expect(await screen.findByText('还没有机器人')).toBeInTheDocument();
    expect(localStorage.getItem('parley.language')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
