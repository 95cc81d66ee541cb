import type { Problem } from '@parley/flow';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../testing/render-studio';
import { createFakeReleaseRuntime } from './testing/fake-release-runtime';

const missingEdge: Problem = {
  code: 'missing-outcome-edge',
  severity: 'error',
  flowId: 'main',
  nodeId: 'greet',
  path: ['flows', 0, 'nodes', 1],
  message: 'The "next" outcome of greet leads nowhere',
};
const unreachable: Problem = {
  code: 'unreachable-node',
  severity: 'warning',
  flowId: 'main',
  nodeId: 'thanks',
  path: ['flows', 0, 'nodes', 2],
  message: 'Nothing leads to thanks',
};

async function openPublish(runtime: ReturnType<typeof createFakeReleaseRuntime>) {
  const bot = runtime.addBot('Returns');
  renderStudio(runtime, `/bots/${bot.id}/versions`);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('publish'));
  await screen.findByTestId('publish-form');
  return user;
}

describe('publish dialog', () => {
  it('blocks publishing while the draft has errors, and says why', async () => {
    const runtime = createFakeReleaseRuntime();
    runtime.state.problems = [missingEdge, unreachable];
    await openPublish(runtime);
    const errors = screen.getByTestId('draft-check-errors');
    expect(errors).toHaveTextContent('1 error must be fixed before publishing');
    expect(errors).toHaveTextContent('leads nowhere');
    expect(screen.getByTestId('draft-check-warnings')).toHaveTextContent('Nothing leads to thanks');
    expect(screen.getByTestId('publish-confirm')).toBeDisabled();
    expect(screen.getByTestId('publish-blocked-reason')).toHaveTextContent(
      'Fix the error above to publish.',
    );
    expect(runtime.state.published).toEqual([]);
  });

  it('publishes a draft with only warnings to staging and says where it runs', async () => {
    const runtime = createFakeReleaseRuntime();
    runtime.state.problems = [unreachable];
    const user = await openPublish(runtime);
    expect(screen.getByTestId('publish-confirm')).toBeEnabled();
    await user.type(screen.getByTestId('publish-note'), 'First cut');
    await user.click(screen.getByTestId('publish-confirm'));
    const success = await screen.findByTestId('publish-success');
    expect(within(success).getByTestId('publish-success-where')).toHaveTextContent(
      'Version 1 now runs in staging.',
    );
    expect(runtime.state.published).toEqual([
      expect.objectContaining({ note: 'First cut', environment: 'staging', revision: 1 }),
    ]);
    await user.click(screen.getByTestId('publish-success-close'));
    expect(await screen.findByTestId('version-row')).toHaveTextContent('First cut');
  });

  it('lists the problems the server still refuses with', async () => {
    const runtime = createFakeReleaseRuntime();
    const user = await openPublish(runtime);
    const botId = [...runtime.bots.keys()][0] ?? '';
    runtime.fail(`POST /api/v1/bots/${botId}/publish`, 422, {
      statusCode: 422,
      message: 'The draft has 1 problem(s) to fix before it can be published',
      problems: [{ ...missingEdge, message: 'The question is empty' }],
    });
    await user.click(screen.getByTestId('publish-confirm'));
    const problems = await screen.findByTestId('publish-problems');
    expect(problems).toHaveTextContent('The question is empty');
    expect(problems).toHaveTextContent('flows.0.nodes.1');
  });

  it('lets viewers look but not publish', async () => {
    const runtime = createFakeReleaseRuntime({ role: 'viewer' });
    const bot = runtime.addBot('Returns');
    renderStudio(runtime, `/bots/${bot.id}/versions`);
    expect(await screen.findByTestId('publish')).toBeDisabled();
    expect(screen.queryByTestId('export-bot')).not.toBeInTheDocument();
  });
});
