import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProblemsPanel, type ProblemsPanelProps } from './problems-panel';
import { renderWithProblems } from './testing/render-with-problems';
import { sampleProblems, twoFlowDocument } from './testing/sample-problems';

function renderPanel(props: Partial<ProblemsPanelProps> = {}) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  renderWithProblems(
    <ProblemsPanel
      problems={sampleProblems()}
      document={twoFlowDocument()}
      openFlowId="main"
      onSelect={onSelect}
      onClose={onClose}
      {...props}
    />,
  );
  return { onSelect, onClose, user: userEvent.setup() };
}

const rows = () => screen.queryAllByTestId('problem-row');
const codes = () => rows().map((row) => row.getAttribute('data-code'));

describe('ProblemsPanel', () => {
  it('lists every problem under its flow, the bot’s own first, errors before warnings', () => {
    renderPanel();
    const groups = screen.getAllByTestId('problems-group');
    expect(groups.map((group) => group.firstElementChild?.textContent)).toEqual([
      'Whole bot1',
      'Main3',
      'Billing1',
    ]);
    expect(codes()).toEqual([
      'duplicate-name',
      'missing-outcome-edge',
      'unknown-outcome',
      'unreachable-node',
      'missing-start',
    ]);
    const unreachable = rows()[3];
    expect(unreachable).toHaveTextContent('Node "message-1" cannot be reached from the start.');
    expect(unreachable).toHaveTextContent('Message · message-1');
    expect(rows()[2]).toHaveTextContent('Edge ask-1 → message-1');
    expect(rows()[0]).toHaveTextContent('Variables');
    expect(rows()[4]).toHaveTextContent('The flow itself');
  });

  it('counts errors and warnings, and each severity within the chosen flows', async () => {
    const { user } = renderPanel();
    expect(screen.getByTestId('problems-errors')).toHaveTextContent('4 errors');
    expect(screen.getByTestId('problems-warnings')).toHaveTextContent('1 warning');
    const severity = screen.getByTestId('problems-filter-severity');
    expect(severity).toHaveTextContent('All 5');
    expect(severity).toHaveTextContent('Errors 4');
    expect(severity).toHaveTextContent('Warnings 1');
    await chooseFlow(user, 'Billing');
    expect(severity).toHaveTextContent('All 1');
    expect(severity).toHaveTextContent('Errors 1');
    expect(severity).toHaveTextContent('Warnings 0');
  });

  it('filters by severity', async () => {
    const { user } = renderPanel();
    await user.click(
      within(screen.getByTestId('problems-filter-severity')).getByText('Warnings 1'),
    );
    expect(codes()).toEqual(['unreachable-node']);
    await user.click(within(screen.getByTestId('problems-filter-severity')).getByText('Errors 4'));
    expect(codes()).not.toContain('unreachable-node');
    expect(codes()).toHaveLength(4);
  });

  it('filters by flow: one flow, or the open one', async () => {
    const { user } = renderPanel();
    await chooseFlow(user, 'Billing');
    expect(codes()).toEqual(['missing-start']);
    await chooseFlow(user, 'This flow (Main)');
    expect(codes()).toEqual(['missing-outcome-edge', 'unknown-outcome', 'unreachable-node']);
    expect(screen.getAllByTestId('problems-group')).toHaveLength(1);
  });

  it('says when the filters leave nothing, and shows all again on request', async () => {
    const { user } = renderPanel();
    await chooseFlow(user, 'Billing');
    await user.click(
      within(screen.getByTestId('problems-filter-severity')).getByText('Warnings 0'),
    );
    expect(rows()).toHaveLength(0);
    expect(screen.getByTestId('problems-no-match')).toHaveTextContent(
      'No problems match these filters',
    );
    await user.click(screen.getByTestId('problems-show-all'));
    expect(rows()).toHaveLength(5);
  });

  it('shows the bot is ready to publish when there is nothing to fix', () => {
    renderPanel({ problems: [] });
    expect(screen.getByTestId('problems-empty')).toHaveTextContent(
      'No problems — ready to publish',
    );
    expect(screen.getByTestId('problems-errors')).toHaveTextContent('0 errors');
    expect(screen.queryByTestId('problems-filter-flow')).not.toBeInTheDocument();
  });

  it('opens the problem clicked, with its flow and node', async () => {
    const { user, onSelect } = renderPanel();
    await user.click(rows()[3] as HTMLElement);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({ flowId: 'main', nodeId: 'message-1' });
    await user.click(rows()[4] as HTMLElement);
    expect(onSelect.mock.calls[1]?.[0]).toMatchObject({ flowId: 'billing', code: 'missing-start' });
  });

  it('lists problems of the bot as a whole without a button: there is nothing to open', async () => {
    const { user, onSelect } = renderPanel();
    const botRow = rows()[0] as HTMLElement;
    expect(botRow.tagName).not.toBe('BUTTON');
    await user.click(botRow);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('works from the keyboard: rows are buttons, Escape closes', async () => {
    const { user, onSelect, onClose } = renderPanel();
    const row = screen.getByRole('button', { name: /Node "ask-1" has no edge/ });
    expect(row).toHaveAccessibleName(/Error in Main, Ask · ask-1/);
    row.focus();
    await user.keyboard('{Enter}');
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({ flowId: 'main', nodeId: 'ask-1' });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});

async function chooseFlow(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByTestId('problems-filter-flow'));
  await user.click(screen.getByRole('option', { name }));
}
