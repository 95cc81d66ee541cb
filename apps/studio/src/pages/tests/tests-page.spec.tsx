import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../testing/render-studio';
import { createFakeTestsRuntime, orderBotDocument } from './testing/fake-tests-runtime';
import { failingRun } from './testing/sample-run';

describe('the Tests page', () => {
  it('says how to get a first test, and writes one by hand once it is valid', async () => {
    const runtime = createFakeTestsRuntime();
    const bot = runtime.addBot('Orders', orderBotDocument());
    renderStudio(runtime, `/bots/${bot.id}/tests`);
    const user = userEvent.setup();
    expect(await screen.findByTestId('tests-empty')).toHaveTextContent('Save as test');
    await user.click(screen.getByTestId('tests-empty-add'));
    await user.clear(screen.getByTestId('test-name'));
    await user.click(screen.getByTestId('test-save'));
    expect(screen.getByTestId('test-editor-errors')).toHaveTextContent('Fix the 2 fields');
    expect(screen.getByTestId('test-editor')).toHaveTextContent('Give the test a name.');
    expect(screen.getByTestId('test-editor')).toHaveTextContent(
      'Write the text to check, or check buttons only.',
    );

    await user.type(screen.getByTestId('test-name'), 'greets');
    await user.type(screen.getByTestId('turn-0-message-0-value'), 'Your order number?');
    expect(screen.queryByTestId('test-editor-errors')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('test-save'));
    expect(await screen.findByTestId('test-detail-name')).toHaveTextContent('greets');
    await waitFor(() =>
      expect(runtime.bots.get(bot.id)?.document.tests).toEqual([
        { name: 'greets', turns: [{ expect: { messages: ['Your order number?'] } }] },
      ]),
    );
    // Typing a whole test through the form is slow under jsdom.
  }, 20_000);

  it('runs all tests and shows a failure: its message, the divergence node and the diff', async () => {
    const runtime = createFakeTestsRuntime();
    const bot = runtime.addBot(
      'Orders',
      orderBotDocument([
        {
          name: 'finds an order',
          turns: [
            { expect: { messages: ['Your order number?'] } },
            { say: 'AB123456', expect: { messages: ['Your order has shipped.'] } },
          ],
        },
      ]),
    );
    runtime.state.run = failingRun();
    renderStudio(runtime, `/bots/${bot.id}/tests`);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tests-run-all'));
    const failed = await screen.findByTestId('test-failed');
    expect(runtime.state.requests).toEqual([{ target: 'draft' }]);
    expect(failed).toHaveTextContent('Failed at turn 2');
    expect(failed).toHaveTextContent('message 1: text differs');
    expect(within(failed).getByTestId('test-divergence-open')).toHaveAttribute(
      'href',
      `/bots/${bot.id}/flows?node=main%2Fsay-shipped`,
    );
    expect(within(failed).getByTestId('diff-turn-1')).toHaveAttribute('data-failing', 'true');
    expect(screen.getByTestId('test-row')).toHaveAttribute('data-status', 'failed');
    expect(screen.getByTestId('run-summary-counts')).toHaveTextContent('0 of 1 passed');
    expect(screen.getByTestId('coverage-figure-main')).toHaveTextContent('1/2 outcomes');
  });

  it('asks before deleting a test', async () => {
    const runtime = createFakeTestsRuntime();
    const bot = runtime.addBot('Orders', orderBotDocument([{ name: 'greets', turns: [{}] }]));
    renderStudio(runtime, `/bots/${bot.id}/tests`);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('test-delete'));
    await user.click(await screen.findByTestId('test-delete-modal-confirm'));
    expect(await screen.findByTestId('tests-empty')).toBeInTheDocument();
  });
});
