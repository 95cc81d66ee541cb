import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../../app/theme';
import { draftDocumentSchema } from '../../draft/draft-document';
import { initI18n } from '../../i18n/i18n';
import { emptyTurn, type TurnForm } from './test-form-model';
import { orderBotDocument } from './testing/fake-tests-runtime';
import { TurnEditor } from './turn-editor';

const document = draftDocumentSchema.parse(orderBotDocument());

function renderTurn(options: { index: number; count: number; turn?: TurnForm }) {
  void initI18n().changeLanguage('en');
  const handlers = { onChange: vi.fn(), onMove: vi.fn(), onRemove: vi.fn() };
  const errors: Record<string, string> = { [`turns.${options.index}.value`]: 'Type some text' };
  render(
    <MantineProvider theme={theme} env="test">
      <TurnEditor
        turn={options.turn ?? emptyTurn()}
        index={options.index}
        count={options.count}
        document={document}
        error={(field) => errors[field]}
        {...handlers}
      />
    </MantineProvider>,
  );
  return { ...handlers, user: userEvent.setup() };
}

describe('TurnEditor', () => {
  it('numbers the turn and lets it move only where there is room', async () => {
    const { onMove, onRemove, user } = renderTurn({ index: 0, count: 2 });
    expect(screen.getByTestId('turn-0')).toHaveTextContent('Turn 1');
    expect(screen.getByRole('button', { name: 'Move up' })).toBeDisabled();
    await user.click(screen.getByTestId('turn-0-down'));
    expect(onMove).toHaveBeenCalledWith(1);
    await user.click(screen.getByTestId('turn-0-remove'));
    expect(onRemove).toHaveBeenCalledOnce();
  });

  it('keeps the last turn of a test', () => {
    renderTurn({ index: 0, count: 1 });
    expect(screen.getByRole('button', { name: 'Remove turn' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down' })).toBeDisabled();
  });

  it("shows this turn's errors on its own fields", () => {
    renderTurn({ index: 1, count: 2 });
    expect(screen.getByTestId('turn-1-value')).toHaveAccessibleDescription('Type some text');
  });

  it('changes only the field picked, keeping the rest of the turn', async () => {
    const turn = { ...emptyTurn(), value: 'AB123456' };
    const { onChange, user } = renderTurn({ index: 1, count: 2, turn });
    await user.click(screen.getByTestId('turn-1-ended'));
    await user.click(screen.getByRole('option', { name: 'Ended, resolved' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...turn, ended: 'resolved' });
    await user.click(screen.getByTestId('turn-1-handed-off'));
    await user.click(screen.getByRole('option', { name: 'Yes' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...turn, handedOff: 'true' });
  });
});
