import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../testing/render-studio';
import { createFakeReleaseRuntime } from './testing/fake-release-runtime';

const refusal = {
  statusCode: 422,
  message: '1 of 2 conversation tests fail',
  testFailures: [
    {
      name: 'finds an order',
      failure: {
        turn: 1,
        field: 'message',
        message: 'message 1: text differs',
        nodeId: 'say-shipped',
        flowId: 'main',
      },
    },
  ],
};

async function publishRefused(role: 'admin' | 'editor') {
  const runtime = createFakeReleaseRuntime({ role });
  const bot = runtime.addBot('Orders', {
    name: 'Orders',
    flows: [],
    tests: [
      { name: 'finds an order', turns: [{}] },
      { name: 'greets', turns: [{}] },
    ],
  });
  renderStudio(runtime, `/bots/${bot.id}/versions`);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('publish'));
  await screen.findByTestId('publish-form');
  expect(screen.getByTestId('publish-tests-count')).toHaveTextContent(
    '2 conversation tests will run before publishing.',
  );
  runtime.fail(`POST /api/v1/bots/${bot.id}/publish`, 422, refusal);
  await user.click(screen.getByTestId('publish-confirm'));
  await screen.findByTestId('publish-test-failures');
  return { runtime, user, bot };
}

describe('the publish dialog’s test gate', () => {
  it('lists the failing tests with why and a way to the Tests page, and stays blocked', async () => {
    await publishRefused('editor');
    const alert = screen.getByTestId('publish-test-failures');
    expect(alert).toHaveTextContent('1 of 2 conversation tests fail');
    const failure = within(alert).getByTestId('publish-test-failure');
    expect(failure).toHaveTextContent('finds an order');
    expect(failure).toHaveTextContent('message 1: text differs');
    expect(within(failure).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/\/tests\?test=finds%20an%20order$/),
    );
    expect(screen.getByTestId('publish-confirm')).toBeDisabled();
    expect(screen.getByTestId('publish-blocked-reason')).toHaveTextContent(
      'Fix the failing tests to publish.',
    );
    // Only admins may publish past failing tests.
    expect(screen.queryByTestId('publish-override')).not.toBeInTheDocument();
  });

  it('lets an admin publish anyway, with a reason that is required', async () => {
    const { runtime, user } = await publishRefused('admin');
    await user.click(screen.getByTestId('publish-override'));
    await user.click(screen.getByTestId('publish-override-confirm'));
    expect(screen.getByTestId('publish-override-form')).toHaveTextContent('Give a reason.');
    expect(runtime.state.published).toEqual([]);
    await user.type(screen.getByTestId('publish-override-reason'), 'Hotfix; test updated next');
    await user.click(screen.getByTestId('publish-override-confirm'));
    await screen.findByTestId('publish-success');
    expect(runtime.state.published).toEqual([
      expect.objectContaining({ overrideTests: { reason: 'Hotfix; test updated next' } }),
    ]);
  });

  it('says when the draft has no tests', async () => {
    const runtime = createFakeReleaseRuntime();
    const bot = runtime.addBot('Empty');
    renderStudio(runtime, `/bots/${bot.id}/versions`);
    await userEvent.setup().click(await screen.findByTestId('publish'));
    expect(await screen.findByTestId('publish-tests-count')).toHaveTextContent(
      'The draft has no conversation tests.',
    );
  });
});
