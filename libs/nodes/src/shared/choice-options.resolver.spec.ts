import type { Json } from '@parley/engine';
import type { LocalizedText } from '@parley/flow';
import { MAX_CHOICES, resolveChoices } from './choice-options.resolver';

/** A context whose expressions read `items` from a table and `$item.*` from the bindings. */
function fakeContext(items: Json) {
  return {
    evaluate: (expression: string, bindings?: Record<string, Json>): Promise<Json> => {
      if (expression === 'vars.items') return Promise.resolve(items);
      const item = bindings?.['item'];
      const field = expression.replace('$item.', '');
      const value =
        item !== null && typeof item === 'object' && !Array.isArray(item) ? item[field] : undefined;
      return Promise.resolve(value ?? null);
    },
    render: (template: LocalizedText): Promise<string> =>
      Promise.resolve(typeof template === 'string' ? template : (template['en'] ?? '')),
  };
}

describe('resolveChoices', () => {
  it('renders fixed labels, keeps every locale variant and synonym as aliases, then adds list items', async () => {
    const choices = await resolveChoices(
      fakeContext([{ t: 'Shoes', id: 'A-1' }, { t: '', id: 'skip' }, { t: 'Hat' }]),
      {
        choices: [
          {
            id: 'r',
            label: { en: 'Refund', 'zh-CN': '退款' },
            value: 'refund',
            synonyms: ['money back'],
          },
        ],
        choicesFrom: { items: 'vars.items', label: '$item.t', payload: '$item.id' },
      },
    );
    expect(choices).toEqual([
      { id: 'r', value: 'refund', label: 'Refund', aliases: ['Refund', '退款', 'money back'] },
      { id: 'item-1', value: 'A-1', label: 'Shoes', aliases: [] },
      // An item without a payload falls back to its label; one with an empty label is skipped.
      { id: 'item-2', value: 'Hat', label: 'Hat', aliases: [] },
    ]);
  });

  it(`caps the list at ${MAX_CHOICES}`, async () => {
    const items = Array.from({ length: 80 }, (_, n) => ({ t: `Item ${n}`, id: String(n) }));
    const choices = await resolveChoices(fakeContext(items), {
      choicesFrom: { items: 'vars.items', label: '$item.t', payload: '$item.id' },
    });
    expect(choices).toHaveLength(MAX_CHOICES);
  });

  it('propagates evaluation errors for the caller to report', async () => {
    const failing = {
      ...fakeContext([]),
      evaluate: () => Promise.reject(new Error('bad expression')),
    };
    await expect(
      resolveChoices(failing, { choicesFrom: { items: 'x', label: 'y', payload: 'z' } }),
    ).rejects.toThrow('bad expression');
  });
});
