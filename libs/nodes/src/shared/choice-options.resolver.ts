import type { NodeContext } from '@parley/engine';
import type { Choice } from './choice.schema';
import type { ResolvedChoice } from './choice-answer.matcher';
import type { DynamicItems } from './dynamic-items.schema';
import { evaluateDynamicItems } from './dynamic-items.evaluator';

/** Choices offered at once: more would not fit as quick replies anyway. */
export const MAX_CHOICES = 50;

/** Where a question's choices come from: a fixed list and/or one built from a list. */
export interface ChoiceSource {
  choices?: readonly Choice[] | undefined;
  choicesFrom?: DynamicItems | undefined;
}

/**
 * Resolves a question's choices for this conversation: fixed choices get their label
 * rendered in the conversation's locale and every locale variant kept as an alias
 * (a customer may answer in another language); `choicesFrom` items follow. Shared by
 * the ask node and form fields. Throws what rendering or evaluation throws.
 */
export async function resolveChoices(
  ctx: Pick<NodeContext<unknown>, 'evaluate' | 'render'>,
  source: ChoiceSource,
): Promise<ResolvedChoice[]> {
  const resolved: ResolvedChoice[] = [];
  for (const choice of source.choices ?? []) {
    const variants = typeof choice.label === 'string' ? [] : Object.values(choice.label);
    const aliases = await Promise.all(variants.map((variant) => ctx.render(variant)));
    resolved.push({
      id: choice.id,
      value: choice.value,
      label: await ctx.render(choice.label),
      aliases: [...aliases, ...choice.synonyms],
    });
  }
  if (source.choicesFrom !== undefined) {
    const items = await evaluateDynamicItems(ctx, source.choicesFrom, MAX_CHOICES);
    items.forEach((item, index) => {
      resolved.push({
        id: `item-${index + 1}`,
        value: item.payload,
        label: item.label,
        aliases: [],
      });
    });
  }
  return resolved.slice(0, MAX_CHOICES);
}
