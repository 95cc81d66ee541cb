import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryDraftApi, sampleDraft } from '../../draft/testing/memory-draft-api';
import { FlowEditor } from '../flow-editor';
import { renderWithProblems } from './testing/render-with-problems';

/** A start that leads straight to an end: nothing to fix. */
function draftWithGreeting() {
  return {
    ...sampleDraft(),
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
          { id: 'bye', type: 'end', position: { x: 0, y: 200 }, data: { status: 'resolved' } },
        ],
        edges: [{ id: 'edge-1', source: 'start', sourceHandle: 'next', target: 'bye' }],
      },
    ],
  };
}

describe('live problems in the flow editor', () => {
  it('marks a new node moments after the edit, before the server has it', async () => {
    const user = userEvent.setup();
    const memory = memoryDraftApi(draftWithGreeting());
    // The save is held: whatever the badge shows comes from the draft in memory.
    memory.holdNextSave();
    renderWithProblems(<FlowEditor botId="live-1" api={memory.api} />);
    expect(await screen.findByTestId('problems-count')).toHaveTextContent('No problems');
    await user.click(screen.getByTestId('palette-message'));
    // Checked 250 ms after editing pauses; the margin is for a busy test machine.
    const badge = await screen.findByTestId('node-message-1-problems', {}, { timeout: 1_500 });
    expect(JSON.stringify(memory.server().document)).not.toContain('message-1');
    expect(badge).toHaveAttribute('data-errors', '1');
    expect(badge).toHaveAttribute('data-warnings', '1');
    expect(screen.getByTestId('problems-count')).toHaveTextContent('2 problems');
    memory.release();
  });

  it('opens the list from the toolbar and selects the node of the problem clicked', async () => {
    const user = userEvent.setup();
    renderWithProblems(<FlowEditor botId="live-2" api={memoryDraftApi(draftWithGreeting()).api} />);
    await user.click(await screen.findByTestId('palette-message'));
    await user.click(screen.getByTestId('settings-close'));
    await screen.findByTestId('node-message-1-problems');

    const toggle = screen.getByTestId('problems-count');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByTestId('problems-panel');
    const row = within(panel).getByRole('button', { name: /cannot be reached/ });
    await user.click(row);
    await waitFor(() =>
      expect(screen.getByTestId('node-message-1')).toHaveAttribute('data-selected', 'true'),
    );
    expect(screen.getByTestId('settings-panel')).toHaveAttribute('data-node-id', 'message-1');

    await user.click(toggle);
    expect(screen.queryByTestId('problems-panel')).not.toBeInTheDocument();
  });
});
