import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeRuntime } from '../../testing/fake-runtime';
import { renderStudio } from '../../testing/render-studio';
import { shopDocument } from '../bot-data/testing-document';

describe('variables page', () => {
  it('adds a variable only once its default matches its type', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Shop', shopDocument());
    renderStudio(runtime, `/bots/${bot.id}/variables`);
    const user = userEvent.setup();
    const row = await screen.findByText('orderId');
    expect(within(row.closest('tr') ?? row).getByTestId('used-by')).toHaveTextContent(
      'Used by 2 nodes',
    );
    await user.click(screen.getByTestId('variable-create'));
    await user.type(await screen.findByTestId('variable-name'), 'retries');
    await user.click(screen.getByTestId('variable-type'));
    await user.click(await screen.findByRole('option', { name: 'Number', hidden: true }));
    await user.type(screen.getByTestId('variable-default'), 'three');
    await user.click(screen.getByTestId('variable-submit'));
    expect(await screen.findByText('Enter a number, e.g. 3 or 2.5')).toBeVisible();
    await user.clear(screen.getByTestId('variable-default'));
    await user.type(screen.getByTestId('variable-default'), '3');
    await user.click(screen.getByTestId('variable-submit'));
    const table = screen.getByTestId('variables-table');
    await waitFor(() => expect(table).toHaveTextContent('retries'));
    await waitFor(
      () =>
        expect(runtime.bots.get(bot.id)?.document.variables).toContainEqual({
          name: 'retries',
          type: 'number',
          scope: 'conversation',
          default: 3,
        }),
      { timeout: 3_000 },
    );
  }, 20_000);
});
