import type { Json, NodeContext } from '@parley/engine';
import type { DynamicItems } from './dynamic-items.schema';

/** One button or choice built from a list item. */
export interface DynamicItem {
  label: string;
  payload: string;
}

/**
 * Builds buttons (message `buttonsFrom`) or choices (ask `choicesFrom`) from a list:
 * evaluates `items`, then `label` and `payload` once per item with the item bound
 * as `$item`. A single value counts as a one-item list (JSONata returns one match
 * unwrapped) and `null` as none; items whose label is empty are skipped; a missing
 * payload falls back to the label. Throws what `ctx.evaluate` throws.
 *
 * @example
 * await evaluateDynamicItems(ctx, { items: 'vars.orders', label: '$item.title', payload: '$item.id' }, 20)
 */
export async function evaluateDynamicItems(
  ctx: Pick<NodeContext<unknown>, 'evaluate'>,
  spec: DynamicItems,
  limit: number,
): Promise<DynamicItem[]> {
  const items = asList(await ctx.evaluate(spec.items)).slice(0, limit);
  const built: DynamicItem[] = [];
  for (const item of items) {
    const label = asText(await ctx.evaluate(spec.label, { item }));
    if (label === '') continue;
    const payload = asText(await ctx.evaluate(spec.payload, { item }));
    built.push({ label, payload: payload === '' ? label : payload });
  }
  return built;
}

function asList(value: Json): Json[] {
  if (value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asText(value: Json): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
