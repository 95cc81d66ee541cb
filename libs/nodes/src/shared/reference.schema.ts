/**
 * Names that point at something declared elsewhere in the bot document. The widget
 * tells the studio which picker to draw and the validator what to look the name up in.
 */
import { idSchema, identifierSchema } from '@parley/flow';

/** The name of a declared variable (read in expressions as `vars.<name>`). */
export const variableRefSchema = identifierSchema.meta({ widget: 'variable' });

/** The id of another flow of the same bot. */
export const flowRefSchema = idSchema.meta({ widget: 'flow' });

/** The name of a declared intent. */
export const intentRefSchema = identifierSchema.meta({ widget: 'intent' });

/** The name of a declared entity or a system entity (`number`, `date`, …). */
export const entityRefSchema = identifierSchema.meta({ widget: 'entity' });

/** The name of a stored secret; its value never appears in the document. */
export const secretRefSchema = idSchema.meta({ widget: 'secret' });
