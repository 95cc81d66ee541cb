import { z } from 'zod';
import type { LocalizedLabel } from '../document/localized.schema';
import type { FieldWidget } from '../field-meta';
import { isRecord } from '../is-record';

/** Widgets whose string values mean something the validator can check. */
export const referenceWidgets = [
  'expression',
  'template',
  'variable',
  'flow',
  'intent',
  'entity',
] as const;
export type ReferenceWidget = (typeof referenceWidgets)[number];

/** One settings value to check: what it is (its widget), where, and its English label. */
export interface WidgetField {
  readonly widget: ReferenceWidget;
  readonly value: unknown;
  /** Path inside the node's `data`. */
  readonly path: readonly (string | number)[];
  readonly label: string | undefined;
}

/** A field as the validator sees it: with the schema's label in both studio languages. */
export interface LabelledField extends WidgetField {
  readonly labels: LocalizedLabel | undefined;
}

/** Far deeper than any settings schema; stops a runaway recursive (lazy) schema. */
const MAX_DEPTH = 200;

/**
 * Finds the settings values that carry a reference widget, by walking a kind's zod
 * schema together with the parsed settings. The value decides the way: unions take
 * the first option the value parses with, records and arrays visit what is there.
 * A widget on an array (`z.array(z.string()).meta({ widget: 'intent' })`) applies to
 * each item.
 */
export function widgetFields(schema: z.core.$ZodType, settings: unknown): WidgetField[] {
  return labelledWidgetFields(schema, settings).map(({ widget, value, path, label }) => ({
    widget,
    value,
    path,
    label,
  }));
}

/** `widgetFields` with each field's labels in both languages, for messages in either. */
export function labelledWidgetFields(schema: z.core.$ZodType, settings: unknown): LabelledField[] {
  const found: LabelledField[] = [];
  walk(schema, settings, [], found, 0);
  return found;
}

function walk(
  schema: z.core.$ZodType,
  value: unknown,
  path: (string | number)[],
  found: LabelledField[],
  depth: number,
): void {
  if (value === undefined || depth > MAX_DEPTH) return;
  const meta = z.globalRegistry.get(schema);
  const widget = meta?.widget;
  if (widget !== undefined && isReferenceWidget(widget)) {
    const labels = meta?.label;
    const label = labels?.en;
    if (Array.isArray(value))
      value.forEach((item, i) =>
        found.push({ widget, value: item, path: [...path, i], label, labels }),
      );
    else found.push({ widget, value, path, label, labels });
    return;
  }
  const next = (child: z.core.$ZodType, childValue: unknown, key?: string | number): void =>
    walk(child, childValue, key === undefined ? path : [...path, key], found, depth + 1);

  if (schema instanceof z.core.$ZodObject) {
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(schema._zod.def.shape)) {
      if (Object.hasOwn(value, key)) next(child, value[key], key);
    }
  } else if (schema instanceof z.core.$ZodArray) {
    if (Array.isArray(value))
      value.forEach((item: unknown, i) => next(schema._zod.def.element, item, i));
  } else if (schema instanceof z.core.$ZodTuple) {
    const { items, rest } = schema._zod.def;
    if (!Array.isArray(value)) return;
    value.forEach((item: unknown, i) => {
      const child = items[i] ?? rest;
      if (child !== null && child !== undefined) next(child, item, i);
    });
  } else if (schema instanceof z.core.$ZodRecord) {
    if (isRecord(value))
      for (const [key, item] of Object.entries(value)) next(schema._zod.def.valueType, item, key);
  } else if (schema instanceof z.core.$ZodUnion) {
    const options: readonly z.core.$ZodType[] = schema._zod.def.options;
    const option = options.find((candidate) => z.safeParse(candidate, value).success);
    if (option !== undefined) next(option, value);
  } else if (schema instanceof z.core.$ZodIntersection) {
    next(schema._zod.def.left, value);
    next(schema._zod.def.right, value);
  } else if (schema instanceof z.core.$ZodPipe) {
    const { in: input, out } = schema._zod.def;
    // The value is the pipe's output; a transform's output no longer matches its input schema.
    next(out instanceof z.core.$ZodTransform ? input : out, value);
  } else if (schema instanceof z.core.$ZodLazy) {
    next(schema._zod.def.getter(), value);
  } else {
    const inner = innerTypeOf(schema);
    if (inner !== undefined) next(inner, value);
  }
}

/** optional, nullable, default, prefault, catch, readonly, nonoptional...: one wrapped schema. */
function innerTypeOf(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def: unknown = schema._zod.def;
  if (!isRecord(def) || !isRecord(def.innerType)) return undefined;
  const inner: unknown = def.innerType;
  return inner instanceof z.core.$ZodType ? inner : undefined;
}

function isReferenceWidget(widget: FieldWidget): widget is ReferenceWidget {
  return referenceWidgets.some((reference) => reference === widget);
}
