import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { theme } from '../../app/theme';
import { initI18n } from '../../i18n/i18n';
import { EnvironmentTabs } from './environment-tabs';

function renderTabs() {
  void initI18n().changeLanguage('en');
  render(
    <MantineProvider theme={theme} env="test">
      <EnvironmentTabs
        panels={{
          variables: <p>variables panel</p>,
          secrets: <p>secrets panel</p>,
          channels: <p>channels panel</p>,
          history: <p>history panel</p>,
        }}
      />
    </MantineProvider>,
  );
  return userEvent.setup();
}

describe('EnvironmentTabs', () => {
  it('names the four sections in order and opens on the variables', () => {
    renderTabs();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Bot variables',
      'Secrets',
      'Channels',
      'History',
    ]);
    expect(screen.getByText('variables panel')).toBeInTheDocument();
    expect(screen.queryByText('secrets panel')).not.toBeInTheDocument();
  });

  it('shows only the section whose tab was chosen', async () => {
    const user = renderTabs();
    await user.click(screen.getByTestId('environment-tab-history'));
    expect(screen.getByText('history panel')).toBeInTheDocument();
    expect(screen.queryByText('variables panel')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('environment-tab-secrets'));
    expect(screen.getByText('secrets panel')).toBeInTheDocument();
    await user.click(screen.getByTestId('environment-tab-channels'));
    expect(screen.getByText('channels panel')).toBeInTheDocument();
  });
});
