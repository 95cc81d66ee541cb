import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeRuntime } from '../../testing/fake-runtime';
import { renderStudio } from '../../testing/render-studio';

describe('bot list', () => {
  it('shows the empty state with both ways to start', async () => {
    renderStudio(createFakeRuntime({ signedIn: true }));
    const empty = await screen.findByTestId('bots-empty');
    expect(within(empty).getByTestId('create-bot')).toBeInTheDocument();
    expect(within(empty).getByTestId('import-bot')).toBeInTheDocument();
  });

  it('lists bots with their latest version and environments', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Order status');
    bot.versions.push({
      id: 'v1',
      number: 3,
      note: '',
      author: 'ana',
      publishedAt: '2026-11-03T08:00:00.000Z',
    });
    renderStudio(runtime);
    const row = await screen.findByTestId('bot-row');
    expect(row).toHaveTextContent('Order status');
    expect(row).toHaveTextContent('v3');
    expect(row).toHaveTextContent('staging · v3');
    expect(row).toHaveTextContent('production · —');
  });

  it('validates the name of a new bot, then opens it', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const { router } = renderStudio(runtime);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('create-bot'));
    await user.click(await screen.findByTestId('bot-name-submit'));
    expect(await screen.findByText('Give the bot a name')).toBeInTheDocument();
    await user.type(screen.getByTestId('bot-name-input'), 'x'.repeat(201));
    expect(screen.getByText('Use at most 200 characters')).toBeInTheDocument();
    await user.clear(screen.getByTestId('bot-name-input'));
    await user.type(screen.getByTestId('bot-name-input'), '  Returns  ');
    await user.click(screen.getByTestId('bot-name-submit'));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/bots\/[^/]+\/flows$/));
    expect([...runtime.bots.values()].map((b) => b.name)).toEqual(['Returns']);
  });

  it('renames through the draft, at the revision it read', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    runtime.addBot('Old name');
    renderStudio(runtime);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('bot-row-menu'));
    await user.click(await screen.findByText('Rename'));
    const input = await screen.findByTestId('bot-name-input');
    await user.clear(input);
    await user.type(input, 'New name');
    await user.click(screen.getByTestId('bot-name-submit'));
    expect(await screen.findByText('New name')).toBeInTheDocument();
    expect(runtime.calls.some((call) => call.startsWith('PUT ') && call.endsWith('/draft'))).toBe(
      true,
    );
  });

  it('explains a 403 when a non-admin tries to delete', async () => {
    const runtime = createFakeRuntime({ signedIn: true, role: 'editor' });
    const bot = runtime.addBot('Keep me');
    runtime.fail(`DELETE /api/v1/bots/${bot.id}`, 403, { statusCode: 403, message: 'Forbidden' });
    renderStudio(runtime);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('bot-row-menu'));
    await user.click(await screen.findByTestId('bot-delete'));
    await user.click(await screen.findByTestId('delete-confirm'));
    expect(await screen.findByTestId('delete-forbidden')).toHaveTextContent(
      'Only admins can delete bots',
    );
    expect(runtime.bots.size).toBe(1);
  });

  it('deletes after confirmation', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    runtime.addBot('Old bot');
    renderStudio(runtime);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('bot-row-menu'));
    await user.click(await screen.findByTestId('bot-delete'));
    expect(await screen.findByText('Old bot', { selector: 'b' })).toBeInTheDocument();
    await user.click(screen.getByTestId('delete-confirm'));
    expect(await screen.findByTestId('bots-empty')).toBeInTheDocument();
  });

  it('lists the problems of a refused import', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    runtime.fail('POST /api/v1/bots/import', 422, {
      statusCode: 422,
      message: 'The file is not a valid bot',
      problems: [
        {
          document: 'draft',
          code: 'missing-start',
          path: ['flows', 0],
          message: 'The flow has no start node',
        },
      ],
    });
    const { container } = renderStudio(runtime);
    await screen.findByTestId('bots-empty');
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    await userEvent
      .setup()
      .upload(input, new File(['{"name":"Broken"}'], 'broken.json', { type: 'application/json' }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems).toHaveTextContent('The flow has no start node');
    expect(problems).toHaveTextContent('flows.0');
  });
});
