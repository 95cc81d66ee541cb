import { MantineProvider } from '@mantine/core';
import type { StoredConversationTest } from '@parley/flow';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { FailureDiff } from './failure-diff';
import { failingRun } from './testing/sample-run';

const test: StoredConversationTest = {
  name: 'finds an order',
  turns: [
    { expect: { messages: ['Your order number?'] } },
    {
      say: 'AB123456',
      expect: {
        messages: ['Your order has shipped.', { text: 'Anything else?', buttons: ['Yes', 'No'] }],
      },
    },
  ],
};

function renderDiff() {
  const i18n = initI18n('en');
  void i18n.changeLanguage('en');
  const result = failingRun().tests[0]!;
  return render(
    <MantineProvider env="test">
      <I18nextProvider i18n={i18n}>
        <FailureDiff test={test} result={result} />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('the expected/actual diff', () => {
  it('puts each turn’s expected messages beside what the bot said, the failing turn highlighted', () => {
    renderDiff();
    const opening = screen.getByTestId('diff-turn-0');
    expect(opening).not.toHaveAttribute('data-failing');
    expect(opening).toHaveTextContent('The conversation opens');
    const failing = screen.getByTestId('diff-turn-1');
    expect(failing).toHaveAttribute('data-failing', 'true');
    expect(failing).toHaveTextContent('The user says “AB123456”');
    const expected = within(failing).getAllByTestId('diff-expected');
    const actual = within(failing).getAllByTestId('diff-actual');
    expect(expected.map((cell) => cell.textContent)).toEqual([
      'Your order has shipped.',
      'Anything else?YesNo',
    ]);
    expect(actual.map((cell) => cell.textContent)).toEqual([
      'Your order was shipped today.',
      'Anything else?YesNo',
    ]);
  });

  it('marks the words that differ in the mismatching message only', () => {
    const { container } = renderDiff();
    const parts = (kind: string) =>
      [...container.querySelectorAll(`[data-diff="${kind}"]`)].map((span) => span.textContent);
    expect(parts('removed')).toEqual(['has shipped.']);
    expect(parts('added')).toEqual(['was shipped today.']);
  });
});
