import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryDraftApi, sampleDraft } from '../draft/testing/memory-draft-api';
import { renderInStudio } from '../settings-form/testing/render-in-studio';
import { FlowEditor } from './flow-editor';

function draftWithAsk() {
  const draft = sampleDraft();
  return {
    ...draft,
    variables: [{ name: 'name', type: 'string', scope: 'conversation' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
          {
            id: 'ask-1',
            type: 'ask',
            position: { x: 0, y: 160 },
            data: { question: { en: 'Your name?' }, variable: 'name' },
          },
        ],
        edges: [{ id: 'edge-1', source: 'start', sourceHandle: 'next', target: 'ask-1' }],
      },
    ],
  };
}

describe('FlowEditor', () => {
  it('draws the flow with one generic node per kind, labelled outcome handles and a palette', async () => {
    const memory = memoryDraftApi(draftWithAsk());
    renderInStudio(<FlowEditor botId="bot-1" api={memory.api} />);
    const ask = await screen.findByTestId('node-ask-1');
    expect(ask).toHaveTextContent('Ask');
    expect(ask).toHaveTextContent('"Your name?" → vars.name');
    expect(within(ask).getByTestId('handle-ask-1-next')).toBeInTheDocument();
    expect(within(ask).getByTestId('handle-ask-1-invalid')).toBeInTheDocument();
    expect(ask).toHaveTextContent('Invalid answer');
    expect(screen.getByTestId('node-start')).toBeInTheDocument();
    expect(screen.getByTestId('palette-condition')).toHaveTextContent('Condition');
    expect(screen.getByTestId('flow-main')).toHaveTextContent('Main');
    expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  });

  it('adds a node from the palette with its defaults and opens its settings', async () => {
    const user = userEvent.setup();
    const memory = memoryDraftApi(draftWithAsk());
    renderInStudio(<FlowEditor botId="bot-1" api={memory.api} />);
    const saveState = () => screen.getByTestId('save-state').getAttribute('data-state');
    // Held, so that a slow run cannot see the edit saved before looking at it.
    memory.holdNextSave();
    await user.click(await screen.findByTestId('palette-message'));
    expect(await screen.findByTestId('node-message-1')).toHaveTextContent('Hello! How can I help?');
    const panel = screen.getByTestId('settings-panel');
    expect(panel).toHaveAttribute('data-node-id', 'message-1');
    expect(['unsaved', 'saving']).toContain(saveState());

    fireEvent.change(within(panel).getByTestId('field-text'), {
      target: { value: 'Welcome back' },
    });
    expect(screen.getByTestId('node-message-1')).toHaveTextContent('"Welcome back"');
    await waitFor(() => expect(saveState()).toBe('saving'), { timeout: 3_000 });
    memory.release();
    await waitFor(
      () => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'),
      {
        timeout: 3_000,
      },
    );
    expect(JSON.stringify(memory.server().document)).toContain('Welcome back');
  });

  it('drops a palette item on the canvas as a new node', async () => {
    const memory = memoryDraftApi(draftWithAsk());
    renderInStudio(<FlowEditor botId="bot-1" api={memory.api} />);
    const canvas = (await screen.findByTestId('node-start')).closest('.react-flow');
    if (!(canvas instanceof HTMLElement)) throw new Error('no canvas');
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(screen.getByTestId('palette-condition'), { dataTransfer });
    fireEvent.dragOver(canvas, { dataTransfer, clientX: 300, clientY: 200 });
    fireEvent.drop(canvas, { dataTransfer, clientX: 300, clientY: 200 });
    const node = await screen.findByTestId('node-condition-1');
    expect(node).toHaveTextContent('Branch 1 · else');
    expect(within(node).getByTestId('handle-condition-1-branch-1')).toBeInTheDocument();
    expect(within(node).getByTestId('handle-condition-1-else')).toBeInTheDocument();
  });

  it('asks what to keep when someone else saved first', async () => {
    const user = userEvent.setup();
    const memory = memoryDraftApi(draftWithAsk());
    renderInStudio(<FlowEditor botId="bot-1" api={memory.api} />);
    await user.click(await screen.findByTestId('palette-end'));
    act(() => memory.saveElsewhere({ ...draftWithAsk(), name: 'Theirs' }));
    await user.click(await screen.findByTestId('conflict-keep-mine', {}, { timeout: 3_000 }));
    await waitFor(
      () => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'),
      {
        timeout: 3_000,
      },
    );
    expect(memory.server().revision).toBe(3);
    expect(JSON.stringify(memory.server().document)).toContain('end-1');
  });

  it('renames a node from its settings: its edges follow, a taken id is refused and changes nothing', async () => {
    const user = userEvent.setup();
    const memory = memoryDraftApi(draftWithAsk());
    renderInStudio(<FlowEditor botId="bot-1" api={memory.api} />);
    // A click on the node (user-event's pointer sequence trips React Flow's drag in jsdom).
    fireEvent.click(await screen.findByTestId('node-ask-1'));
    const panel = await screen.findByTestId('settings-panel');

    await user.click(within(panel).getByTestId('node-id-edit'));
    const box = within(panel).getByTestId('node-id-input');
    await user.clear(box);
    await user.type(box, 'start');
    expect(panel).toHaveTextContent('Another node in this flow has this ID');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('node-id-input')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('node-id')).toHaveTextContent('ask-1');

    await user.click(within(panel).getByTestId('node-id-edit'));
    await user.clear(screen.getByTestId('node-id-input'));
    await user.type(screen.getByTestId('node-id-input'), 'ask-name{Enter}');
    expect(await screen.findByTestId('node-ask-name')).toBeInTheDocument();
    expect(screen.queryByTestId('node-ask-1')).toBeNull();
    // Still selected under its new id, so the panel stays open on it.
    expect(screen.getByTestId('settings-panel')).toHaveAttribute('data-node-id', 'ask-name');
    await waitFor(
      () => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'),
      { timeout: 3_000 },
    );
    const saved = memory.server().document as { flows: { edges: { target: string }[] }[] };
    expect(saved.flows[0]?.edges.map((edge) => edge.target)).toEqual(['ask-name']);
  });

  it('opens the id box of the selected node with F2, and not without a selection', async () => {
    const user = userEvent.setup();
    const memory = memoryDraftApi(draftWithAsk());
    renderInStudio(<FlowEditor botId="bot-1" api={memory.api} />);
    await screen.findByTestId('node-ask-1');
    await user.keyboard('{F2}');
    expect(screen.queryByTestId('node-id-input')).toBeNull();

    fireEvent.click(screen.getByTestId('node-ask-1'));
    await screen.findByTestId('settings-panel');
    expect(screen.queryByTestId('node-id-input')).toBeNull();
    await user.keyboard('{F2}');
    const box = await screen.findByTestId('node-id-input');
    expect(box).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}ask-name{Enter}');
    expect(await screen.findByTestId('node-ask-name')).toBeInTheDocument();
  });
});
