import type { TurnForm } from './test-form-model';

/** What each section of a turn's editor gets: the turn, and how to report on and change it. */
export interface TurnPartProps {
  turn: TurnForm;
  /** The turn's test-id prefix (`turn-<index>`); each control adds its own suffix. */
  testId: string;
  /** The validation error of one of this turn's fields (`value`, `messages.0`, …), if any. */
  error: (field: string) => string | undefined;
  /** Changes some of the turn's fields, keeping the others. */
  onChange: (patch: Partial<TurnForm>) => void;
}
