/**
 * UI and validation hints that node settings schemas attach with zod's `.meta()`.
 * One vocabulary serves three readers: the studio's generated settings form (which
 * widget to draw), the validator (which strings are expressions, templates,
 * variable or flow references) and the generated JSON Schema.
 */
import type { LocalizedLabel } from './document/localized.schema';

/** How a settings field is edited and what its string value means. */
export type FieldWidget =
  | 'text'
  | 'textarea'
  /** Text with `{{ expression }}` placeholders; a string or a per-locale record. */
  | 'template'
  /** A JSONata expression over `vars`, `contact`, `input`, `nlu`, `conversation`. */
  | 'expression'
  /** The name of a declared variable. */
  | 'variable'
  /** The id of a flow of the same bot. */
  | 'flow'
  /** The name of a declared intent. */
  | 'intent'
  /** The name of a declared or system entity. */
  | 'entity'
  /** The name of a stored secret (never its value). */
  | 'secret'
  | 'select'
  | 'number'
  | 'switch'
  | 'list'
  | 'key-value'
  | 'json';

export interface FieldMeta {
  label?: LocalizedLabel;
  help?: LocalizedLabel;
  widget?: FieldWidget;
  placeholder?: string;
  /** Groups fields into collapsible sections of the settings form. */
  section?: 'main' | 'advanced';
}

declare module 'zod' {
  // zod's `.meta()` is typed by this interface; merging makes our hints typed too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged, not empty
  interface GlobalMeta extends FieldMeta {}
}
