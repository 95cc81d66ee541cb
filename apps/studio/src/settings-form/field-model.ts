import type { FieldMeta, FieldWidget } from '@parley/flow';
import { z } from 'zod';

/** What the form draws for one value: a widget of `FieldMeta`, or a group of fields. */
export type FieldKind = FieldWidget | 'object';

/** One settings value as the form sees it, read from the kind's zod schema. */
export interface FieldModel {
  kind: FieldKind;
  /** The hints of every wrapper merged, the outermost winning (`.optional().meta()`). */
  meta: FieldMeta;
  /** May be left out of the settings. */
  optional: boolean;
  /** What the schema fills in when the value is left out. */
  defaultValue: unknown;
  /** Choices of a select. */
  options: readonly string[];
  /** Fields of an object, in schema order. */
  fields: readonly (readonly [key: string, model: FieldModel])[];
  /** The model of a list's items or a key-value field's values. */
  item: FieldModel | null;
  /** Whole numbers only. */
  integer: boolean;
}

/** Widgets that name something declared in the bot; the form offers the bot's names. */
export const pickerKinds = ['variable', 'flow', 'intent', 'entity'] as const;
export type PickerKind = (typeof pickerKinds)[number];

export function isPickerKind(kind: FieldKind): kind is PickerKind {
  return pickerKinds.some((picker) => picker === kind);
}

/** Far deeper than any settings schema; stops a runaway recursive (lazy) schema. */
const MAX_DEPTH = 30;

/**
 * Reads a settings schema into field models: wrappers (optional, default, …) are
 * peeled off while collecting their hints, then the `widget` hint, or failing that
 * the zod type, picks the kind. The form holds no knowledge of any node kind.
 */
export function fieldModelOf(schema: z.core.$ZodType, depth = 0): FieldModel {
  const peeled = peel(schema);
  const core = peeled.schema;
  const model: FieldModel = {
    kind: 'json',
    meta: peeled.meta,
    optional: peeled.optional,
    defaultValue: peeled.defaultValue,
    options: [],
    fields: [],
    item: null,
    integer: false,
  };
  if (depth > MAX_DEPTH) return model;
  const widget = peeled.meta.widget;
  if (core instanceof z.core.$ZodObject) {
    const shape: Record<string, z.core.$ZodType> = core._zod.def.shape;
    const fields = Object.entries(shape).map(
      ([key, child]) => [key, fieldModelOf(child, depth + 1)] as const,
    );
    return { ...model, kind: 'object', fields };
  }
  if (core instanceof z.core.$ZodArray) {
    const item = fieldModelOf(core._zod.def.element, depth + 1);
    // A reference widget on the array itself (`z.array(name).meta({ widget: 'intent' })`) is each item's.
    const itemWithWidget =
      widget !== undefined && widget !== 'list' ? { ...item, kind: widget } : item;
    return { ...model, kind: 'list', item: itemWithWidget };
  }
  if (core instanceof z.core.$ZodRecord) {
    return { ...model, kind: 'key-value', item: fieldModelOf(core._zod.def.valueType, depth + 1) };
  }
  if (core instanceof z.core.$ZodEnum) {
    const entries: Record<string, string | number> = core._zod.def.entries;
    return { ...model, kind: 'select', options: Object.values(entries).map(String) };
  }
  if (core instanceof z.core.$ZodNumber) {
    return { ...model, kind: 'number', integer: isInteger(core) };
  }
  if (widget !== undefined) return { ...model, kind: widget };
  if (core instanceof z.core.$ZodString) return { ...model, kind: 'text' };
  if (core instanceof z.core.$ZodBoolean) return { ...model, kind: 'switch' };
  return model;
}

interface Peeled {
  schema: z.core.$ZodType;
  meta: FieldMeta;
  optional: boolean;
  defaultValue: unknown;
}

function peel(schema: z.core.$ZodType): Peeled {
  let current = schema;
  let meta: FieldMeta = {};
  let optional = false;
  let defaultValue: unknown = undefined;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    meta = { ...z.globalRegistry.get(current), ...meta };
    if (current instanceof z.core.$ZodOptional) optional = true;
    if (current instanceof z.core.$ZodDefault || current instanceof z.core.$ZodPrefault) {
      defaultValue ??= current._zod.def.defaultValue;
    }
    const inner = innerOf(current);
    if (inner === undefined) break;
    current = inner;
  }
  return { schema: current, meta, optional, defaultValue };
}

/** The schema a wrapper wraps: optional, default, nullable, readonly, catch…, or a pipe's input. */
function innerOf(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  if (schema instanceof z.core.$ZodPipe) {
    const { in: input, out } = schema._zod.def;
    return out instanceof z.core.$ZodTransform ? input : out;
  }
  if (schema instanceof z.core.$ZodLazy) return schema._zod.def.getter();
  const def: unknown = schema._zod.def;
  if (typeof def !== 'object' || def === null || !('innerType' in def)) return undefined;
  return def.innerType instanceof z.core.$ZodType ? def.innerType : undefined;
}

/** `z.number().int()` and friends carry a number-format check naming an integer format. */
function isInteger(schema: z.core.$ZodNumber): boolean {
  return (schema._zod.def.checks ?? []).some((check) => {
    const def: unknown = check._zod.def;
    return (
      typeof def === 'object' &&
      def !== null &&
      'check' in def &&
      def.check === 'number_format' &&
      'format' in def &&
      typeof def.format === 'string' &&
      def.format.includes('int')
    );
  });
}
