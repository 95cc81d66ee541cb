import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeRuntime } from '../../testing/fake-runtime';
import { renderStudio } from '../../testing/render-studio';

describe('versions', () => {
  it('publishes the draft and lists the new version', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Returns');
    renderStudio(runtime, `/bots/${bot.id}/versions`);
    expect(await screen.findByTestId('versions-empty')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('publish'));
    await user.type(await screen.findByTestId('publish-note'), 'First cut');
    await user.click(screen.getByTestId('publish-confirm'));
    expect(await screen.findByTestId('version-item')).toHaveTextContent('Version 1');
    expect(screen.getByTestId('version-item')).toHaveTextContent('First cut');
  });

  it('shows why a draft with errors cannot be published', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Returns');
    runtime.fail(`POST /api/v1/bots/${bot.id}/publish`, 422, {
      statusCode: 422,
      message: 'The draft has errors',
      problems: [
        {
          code: 'invalid-settings',
          severity: 'error',
          path: ['flows', 0, 'nodes', 2],
          message: 'The question is empty',
        },
      ],
    });
    renderStudio(runtime, `/bots/${bot.id}/versions`);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('publish'));
    await user.click(await screen.findByTestId('publish-confirm'));
    const problems = await screen.findByTestId('publish-problems');
    expect(problems).toHaveTextContent('Fix 1 problem before publishing');
    expect(problems).toHaveTextContent('The question is empty');
    expect(problems).toHaveTextContent('flows.0.nodes.2');
  });
});
