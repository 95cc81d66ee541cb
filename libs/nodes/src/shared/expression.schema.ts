import { z } from 'zod';

/**
 * A JSONata expression over `vars`, `contact`, `input`, `nlu` and `conversation`.
 * Only its shape is checked here; `validateBot` parses it (widget `expression`).
 */
export const expressionSchema = z
  .string()
  .max(10_000)
  .regex(/\S/, 'Write an expression')
  .meta({ widget: 'expression' });

/** A value of an expression field. */
export type Expression = z.infer<typeof expressionSchema>;
