import type { NodeCatalogContract } from '@parley/flow';
import { z } from 'zod';
import { getNodeDefinition, nodeCatalog, paletteGroups } from './catalog';
import { nodeCategories } from './node-category';
import type { NodeDefinition } from './node-definition';
import { nodeKinds } from './node-kinds';

// Compile-time: the catalog is what `validateBot` takes.
const asContract: NodeCatalogContract = nodeCatalog;

const definitions: NodeDefinition[] = nodeKinds.map((kind) => nodeCatalog[kind]);

type AnySchema = z.core.$ZodType;

/** Strips optional/default/nullable wrappers, collecting the widgets set on inner layers. */
function unwrap(schema: AnySchema): { inner: AnySchema; innerWidgets: string[] } {
  const innerWidgets: string[] = [];
  let inner = schema;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodDefault ||
    inner instanceof z.ZodNullable
  ) {
    inner = inner.unwrap();
    const widget = z.globalRegistry.get(inner)?.widget;
    if (widget !== undefined) innerWidgets.push(widget);
  }
  return { inner, innerWidgets };
}

/**
 * Every object field reachable from `schema` that lacks an en+zh label, or whose own
 * widget differs from one set on a schema it wraps (readers of the field's meta would
 * miss that a `.optional()` template is a template).
 */
function fieldProblems(schema: AnySchema, path: string): string[] {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape).flatMap(([key, field]) => {
      const fieldPath = `${path}.${key}`;
      const meta = z.globalRegistry.get(field);
      const problems: string[] = [];
      if (!meta?.label?.en || !meta.label.zh) problems.push(`${fieldPath}: no en+zh label`);
      const innerWidget = unwrap(field).innerWidgets[0];
      if (innerWidget !== undefined && meta?.widget !== innerWidget) {
        problems.push(`${fieldPath}: widget ${String(meta?.widget)} hides ${innerWidget}`);
      }
      return [...problems, ...fieldProblems(field, fieldPath)];
    });
  }
  if (inner instanceof z.ZodArray) return fieldProblems(inner.element, `${path}[]`);
  if (inner instanceof z.ZodRecord) return fieldProblems(inner.valueType, `${path}{}`);
  return [];
}

describe('nodeCatalog', () => {
  it('has one definition per kind, filed under its own kind', () => {
    expect(Object.keys(asContract).sort()).toEqual([...nodeKinds].sort());
    for (const kind of nodeKinds) expect(nodeCatalog[kind].kind).toBe(kind);
  });

  it.each(definitions.map((d) => [d.kind, d] as const))(
    '%s: labels, palette entry and defaults',
    (_kind, def) => {
      for (const text of [def.label, def.description]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.zh.trim()).not.toBe('');
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(def.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(def.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(nodeCategories).toContain(def.category);
      for (const locale of ['en', 'zh'] as const) {
        const parsed = def.settingsSchema.safeParse(def.defaults(locale));
        expect(parsed.error?.issues).toBeUndefined();
        const settings = def.settingsSchema.parse(def.defaults(locale));
        const summary = def.summary(settings, locale);
        expect(summary).not.toMatch(/\n/);
        expect(
          def.optionalOutcomes(settings).every((o) => def.outcomes(settings).includes(o)),
        ).toBe(true);
        for (const outcome of def.outcomes(settings))
          expect(def.outcomeLabel(outcome, settings)[locale]).not.toBe('');
      }
    },
  );

  it.each(definitions.map((d) => [d.kind, d] as const))(
    '%s: every settings field has a label',
    (_kind, def) => {
      expect(fieldProblems(def.settingsSchema, def.kind)).toEqual([]);
    },
  );

  it.each(definitions.map((d) => [d.kind, d] as const))(
    '%s: settings convert to JSON Schema',
    (_kind, def) => {
      expect(z.toJSONSchema(def.settingsSchema, { io: 'input' })).toHaveProperty('type', 'object');
    },
  );

  it('the label walker notices a field without a label', () => {
    const unlabelled = z.object({
      a: z.string().meta({ label: { en: 'A', zh: '甲' } }),
      b: z.array(z.object({ c: z.number() })).meta({ label: { en: 'B', zh: '乙' } }),
      d: z
        .string()
        .meta({ widget: 'expression' })
        .optional()
        .meta({ label: { en: 'D', zh: '丁' } }),
    });
    expect(fieldProblems(unlabelled, 'x')).toEqual([
      'x.b[].c: no en+zh label',
      'x.d: widget undefined hides expression',
    ]);
  });
});

describe('outcomes per spec', () => {
  const outcomesOf = (def: NodeDefinition, data: Record<string, unknown>) => {
    const settings = def.settingsSchema.parse(data);
    return {
      all: def.outcomes(settings),
      optional: def.optionalOutcomes(settings),
      waits: def.waitsForInput(settings),
    };
  };

  it('condition: the branch ids, then else', () => {
    const branches = [
      { id: 'gold', label: 'Gold', when: 'vars.tier = "gold"' },
      { id: 'silver', label: 'Silver', when: 'vars.tier = "silver"' },
    ];
    expect(outcomesOf(nodeCatalog.condition, { branches })).toEqual({
      all: ['gold', 'silver', 'else'],
      optional: [],
      waits: false,
    });
  });

  it('intent: the listed intents, then fallback; waits for input', () => {
    expect(outcomesOf(nodeCatalog.intent, { intents: ['order_status', 'refund'] })).toEqual({
      all: ['order_status', 'refund', 'fallback'],
      optional: [],
      waits: true,
    });
  });

  it('llm classify: the labels, fallback and an optional error', () => {
    const labels = [
      { name: 'billing', description: 'money' },
      { name: 'tech', description: 'bugs' },
    ];
    expect(outcomesOf(nodeCatalog.llm, { mode: 'classify', prompt: 'Classify', labels })).toEqual({
      all: ['billing', 'tech', 'fallback', 'error'],
      optional: ['error'],
      waits: false,
    });
    expect(outcomesOf(nodeCatalog.llm, { mode: 'summarise', prompt: 'Sum up' }).all).toEqual([
      'next',
      'error',
    ]);
  });

  it('ask: timeout only when a timeout is set, invalid and timeout optional', () => {
    const base = { question: 'Order number?', variable: 'orderId' };
    expect(outcomesOf(nodeCatalog.ask, base)).toEqual({
      all: ['next', 'invalid'],
      optional: ['invalid'],
      waits: true,
    });
    expect(outcomesOf(nodeCatalog.ask, { ...base, timeoutSeconds: 60 })).toEqual({
      all: ['next', 'invalid', 'timeout'],
      optional: ['invalid', 'timeout'],
      waits: true,
    });
  });

  it.each([
    ['start', {}, ['next'], []],
    ['form', nodeCatalog.form.defaults(), ['done', 'cancelled'], []],
    ['knowledge', {}, ['answered', 'not_found', 'error'], ['error']],
    ['lookup', nodeCatalog.lookup.defaults(), ['found', 'not_found', 'error'], ['error']],
    ['action', nodeCatalog.action.defaults(), ['done', 'error'], []],
    ['sentiment', {}, ['positive', 'neutral', 'negative'], []],
    ['handoff', {}, ['resumed', 'no_agent'], []],
    ['subflow', { flowId: 'returns' }, ['next', 'error'], ['error']],
    ['jump', { flowId: 'returns' }, [], []],
    ['end', {}, [], []],
  ] as const)('%s: fixed outcomes', (kind, data, all, optional) => {
    const result = outcomesOf(nodeCatalog[kind], data);
    expect(result.all).toEqual(all);
    expect(result.optional).toEqual(optional);
  });

  it('only ask, form, intent, handoff and feedback wait for input', () => {
    const waiting = definitions
      .filter((def) => def.waitsForInput(def.settingsSchema.parse(def.defaults())))
      .map((def) => def.kind);
    expect(waiting).toEqual(['ask', 'form', 'intent', 'handoff', 'feedback']);
  });
});

describe('getNodeDefinition and paletteGroups', () => {
  it('finds known kinds and nothing else', () => {
    expect(getNodeDefinition('ask')).toBe(nodeCatalog.ask);
    expect(getNodeDefinition('teleport')).toBeUndefined();
    expect(getNodeDefinition('toString')).toBeUndefined();
  });

  it('lists every kind once, grouped by category in palette order', () => {
    const groups = paletteGroups();
    expect(groups.map((g) => g.category)).toEqual(
      nodeCategories.filter((c) => groups.some((g) => g.category === c)),
    );
    expect(groups.flatMap((g) => g.definitions.map((d) => d.kind)).sort()).toEqual(
      [...nodeKinds].sort(),
    );
    for (const group of groups) {
      expect(group.definitions.every((d) => d.category === group.category)).toBe(true);
      expect(group.label.zh).not.toBe('');
    }
    expect(groups[0]?.definitions.map((d) => d.kind)).toEqual(['message']);
  });
});
