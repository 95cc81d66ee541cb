import type { FieldModel } from './field-model';
import type { ValuePath } from './value-path';

/** What each widget receives: its field, where it sits, and its value with a setter. */
export interface WidgetProps {
  model: FieldModel;
  path: ValuePath;
  /** The stored value; `undefined` when left out (the model's default then applies). */
  value: unknown;
  /** Sets the value; `undefined` leaves the setting out. */
  onChange: (value: unknown) => void;
  label: string;
  description: string | undefined;
  /** Messages about exactly this value, joined; `undefined` when it is fine. */
  error: string | undefined;
  /** Must be filled in: neither optional nor defaulted. */
  required: boolean;
  /** `field-<path>`: put on the element a test drives. */
  testId: string;
}

/** The value a cleared text box stands for: left out when the schema allows it. */
export function clearedText(props: Pick<WidgetProps, 'model'>, text: string): string | undefined {
  const canLeaveOut = props.model.optional || props.model.defaultValue !== undefined;
  return text === '' && canLeaveOut ? undefined : text;
}

/** The default, shown greyed in an empty box. */
export function defaultHint(props: Pick<WidgetProps, 'model'>): string | undefined {
  const fallback = props.model.defaultValue;
  return typeof fallback === 'string' || typeof fallback === 'number'
    ? String(fallback)
    : undefined;
}
