import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeRuntime } from '../../testing/fake-runtime';
import { renderStudio } from '../../testing/render-studio';
import { shopDocument } from '../bot-data/testing-document';

function savedIntents(runtime: ReturnType<typeof createFakeRuntime>, botId: string): unknown {
  return runtime.bots.get(botId)?.document.intents;
}

describe('intents page', () => {
  it('lists intents with their example counts and says where one is used', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Shop', shopDocument());
    renderStudio(runtime, `/bots/${bot.id}/intents`);
    const list = await screen.findByTestId('intent-list');
    expect(within(list).getAllByTestId('intent-row')).toHaveLength(2);
    expect(list).toHaveTextContent('zh-CN · 1');
    const detail = screen.getByTestId('intent-detail');
    expect(detail).toHaveTextContent('track_order');
    expect(detail).toHaveTextContent('where is my order');
    expect(within(detail).getByTestId('used-by')).toHaveTextContent('Used by 1 node');
  });

  it('pastes Chinese examples, skipping repeats, and saves them to the draft', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Shop', shopDocument());
    renderStudio(runtime, `/bots/${bot.id}/intents`);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('locale-tab-zh-CN'));
    await user.click(screen.getByTestId('bulk-paste-open'));
    await user.click(await screen.findByTestId('bulk-paste-input'));
    await user.paste('  查一下物流\n\n快递到哪了\n我的订单在哪\n查一下物流');
    expect(screen.getByTestId('bulk-paste-preview')).toHaveTextContent('2 new, 2 skipped');
    await user.click(screen.getByTestId('bulk-paste-submit'));
    expect(await screen.findByTestId('bulk-result')).toHaveTextContent(
      'Added 2 examples; skipped 2',
    );
    await waitFor(
      () =>
        expect(savedIntents(runtime, bot.id)).toContainEqual({
          name: 'track_order',
          utterances: {
            en: ['where is my order'],
            'zh-CN': ['我的订单在哪', '查一下物流', '快递到哪了'],
          },
        }),
      { timeout: 3_000 },
    );
  });

  it('does not add an example on the Enter that ends an input method composition', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Shop', shopDocument());
    renderStudio(runtime, `/bots/${bot.id}/intents`);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('locale-tab-zh-CN'));
    const input = screen.getByTestId('utterance-input');
    fireEvent.change(input, { target: { value: '退货' } });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(screen.getByTestId('utterance-count')).toHaveTextContent('1 example');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('utterance-count')).toHaveTextContent('2 examples');
    expect(screen.getByTestId('utterance-list')).toHaveTextContent('退货');
  });

  it('refuses an intent name that is taken or not an identifier, at the field', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const bot = runtime.addBot('Shop', shopDocument());
    renderStudio(runtime, `/bots/${bot.id}/intents`);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('intent-create'));
    await user.type(await screen.findByTestId('intent-name-input'), 'track_order');
    expect(
      await screen.findByText('“track_order” is already used; pick another name'),
    ).toBeVisible();
    await user.clear(screen.getByTestId('intent-name-input'));
    await user.type(screen.getByTestId('intent-name-input'), 'change address');
    await user.click(screen.getByTestId('intent-name-submit'));
    expect(screen.getByText(/Use letters, digits and _ only/)).toBeVisible();
    expect(within(screen.getByTestId('intent-list')).getAllByTestId('intent-row')).toHaveLength(2);
  });
});
