import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import { initI18n } from '../i18n/i18n';
import { TurnInspector } from './turn-inspector';
import { orderSession } from './testing/sample-session';

function renderInspector(index: number, language: 'en' | 'zh-CN' = 'en') {
  void initI18n().changeLanguage(language);
  const onSelectTurn = vi.fn();
  const onShowNode = vi.fn();
  render(
    <MantineProvider theme={theme} env="test">
      <TurnInspector
        turns={orderSession().turns}
        index={index}
        onSelectTurn={onSelectTurn}
        onShowNode={onShowNode}
      />
    </MantineProvider>,
  );
  return { onSelectTurn, onShowNode, user: userEvent.setup() };
}

describe('TurnInspector', () => {
  it('lists each step with its outcome, variables before → after, port calls and time', () => {
    renderInspector(1);
    expect(screen.getByTestId('sim-inspector-turn')).toHaveTextContent('Turn 2 of 3 · 41 ms');
    const set = screen.getByTestId('sim-step-1');
    expect(set).toHaveTextContent('normalise-order');
    expect(within(set).getByTestId('sim-step-1-outcome')).toHaveTextContent('next');
    expect(within(set).getByTestId('sim-step-1-vars')).toHaveTextContent(
      'orderId"ab123456"→"AB123456"',
    );
    // A variable that did not exist before shows a dash.
    expect(screen.getByTestId('sim-step-0-vars')).toHaveTextContent('orderId—→"ab123456"');
    const call = screen.getByTestId('sim-step-2-port-0');
    expect(call).toHaveTextContent('lookup.http');
    expect(call).toHaveTextContent('failed');
    expect(call).toHaveTextContent('"Authorization": "***"');
    expect(call).toHaveTextContent('unavailable: the service could not be reached');
    expect(screen.getByTestId('sim-step-2-outcome')).toHaveTextContent('error');
  });

  it('moves between turns and shows a step’s node on the canvas', async () => {
    const { onSelectTurn, onShowNode, user } = renderInspector(0);
    expect(screen.getByTestId('sim-inspector-previous')).toBeDisabled();
    expect(screen.getByTestId('sim-note-0')).toHaveTextContent('A new conversation started.');
    await user.click(screen.getByTestId('sim-inspector-next'));
    expect(onSelectTurn).toHaveBeenCalledWith(1);
    await user.click(within(screen.getByTestId('sim-step-2')).getByText('greet'));
    expect(onShowNode).toHaveBeenCalledWith('main', 'greet');
  });

  it('speaks Chinese', () => {
    renderInspector(2, 'zh-CN');
    expect(screen.getByTestId('sim-inspector-turn')).toHaveTextContent('第 3 轮，共 3 轮');
    expect(screen.getByTestId('sim-step-1-outcome')).toHaveTextContent('结束');
  });
});
