import { z } from 'zod';
import { identifierSchema } from './identifier.schema';

export const variableTypeSchema = z.enum(['string', 'number', 'boolean', 'date', 'list', 'object']);
export type VariableType = z.infer<typeof variableTypeSchema>;

/**
 * Where a variable lives: `conversation` (this conversation only), `contact`
 * (remembered about the person across conversations), `bot` (constants that each
 * environment may override). All are read in expressions as `vars.<name>`.
 */
export const variableScopeSchema = z.enum(['conversation', 'contact', 'bot']);
export type VariableScope = z.infer<typeof variableScopeSchema>;

export const variableSchema = z.object({
  name: identifierSchema,
  type: variableTypeSchema,
  scope: variableScopeSchema.default('conversation'),
  default: z.json().optional(),
  description: z.string().max(2_000).optional(),
});
export type Variable = z.infer<typeof variableSchema>;
