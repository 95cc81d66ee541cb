import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryDraftApi } from '../draft/testing/memory-draft-api';
import { renderInStudio } from '../settings-form/testing/render-in-studio';
import { FlowEditor } from './flow-editor';

const nodeIds = () =>
  [...document.querySelectorAll('.react-flow__node[data-id]')].map((node) =>
    node.getAttribute('data-id'),
  );

async function openEditor() {
  const user = userEvent.setup();
  const memory = memoryDraftApi();
  renderInStudio(<FlowEditor botId={`bot-${Math.random()}`} api={memory.api} />);
  await screen.findByTestId('node-start');
  return { user, memory };
}

describe('canvas editing', { timeout: 20_000 }, () => {
  beforeEach(() => localStorage.clear());

  it('undoes and redoes from the keyboard and the toolbar', async () => {
    const { user } = await openEditor();
    expect(screen.getByTestId('undo')).toBeDisabled();
    await user.click(screen.getByTestId('palette-message'));
    await screen.findByTestId('node-message-1');
    expect(screen.getByTestId('undo')).toBeEnabled();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(nodeIds()).toEqual(['start']));
    expect(screen.getByTestId('redo')).toBeEnabled();
    fireEvent.keyDown(document.body, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true });
    await screen.findByTestId('node-message-1');
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(nodeIds()).toEqual(['start']));
  });

  it('leaves Ctrl+Z to a field being typed in', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByTestId('palette-message'));
    const field = within(await screen.findByTestId('settings-panel')).getByTestId('field-text');
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(nodeIds()).toEqual(['start', 'message-1']);
  });

  it('copies and pastes the selection with new ids, through the kept copy', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByTestId('palette-message'));
    await screen.findByTestId('node-message-1');
    fireEvent.keyDown(document.body, { key: 'c', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'v', ctrlKey: true });
    await screen.findByTestId('node-message-2', {}, { timeout: 3_000 });
    fireEvent.keyDown(document.body, { key: 'd', ctrlKey: true });
    await screen.findByTestId('node-message-3');
    expect(screen.getByTestId('node-message-3')).toHaveAttribute('data-selected', 'true');
  });

  it('opens the context menu of the canvas and the shortcut list', async () => {
    const { user } = await openEditor();
    const pane = document.querySelector('.react-flow__pane');
    if (!(pane instanceof HTMLElement)) throw new Error('no pane');
    fireEvent.contextMenu(pane, { clientX: 200, clientY: 200 });
    expect(await screen.findByTestId('context-menu-pane')).toBeInTheDocument();
    expect(screen.getByTestId('context-paste')).toHaveTextContent('Paste here');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('context-menu-pane')).toBeNull());
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    expect(await screen.findByTestId('shortcuts-table')).toBeInTheDocument();
  });
});
