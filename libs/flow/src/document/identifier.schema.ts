import { z } from 'zod';

/** Names of variables, intents, entities and parameters: usable in expressions as `vars.name`. */
export const identifierSchema = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
    'must start with a letter or "_" and hold only letters, digits and "_" (at most 64)',
  );

/** Ids of bots, flows, nodes and edges: stable keys chosen by the studio. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');
