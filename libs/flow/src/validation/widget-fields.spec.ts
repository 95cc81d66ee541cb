import { z } from 'zod';
import { widgetFields } from './widget-fields';

const expression = z.string().meta({ widget: 'expression', label: { en: 'When', zh: '条件' } });

describe('widgetFields', () => {
  it('follows objects, arrays, records, optionals, defaults and pipes to the widgets', () => {
    const schema = z.object({
      branches: z.array(z.object({ when: expression })).default([]),
      params: z.record(z.string(), expression),
      maybe: expression.optional(),
      piped: z.string().pipe(z.string().meta({ widget: 'variable' })),
      plain: z.string(),
      nested: z
        .object({ deeper: z.object({ flow: z.string().meta({ widget: 'flow' }) }) })
        .nullable(),
    });
    const settings = schema.parse({
      branches: [{ when: 'a' }, { when: 'b' }],
      params: { x: 'c' },
      piped: 'v',
      plain: 'p',
      nested: { deeper: { flow: 'f' } },
    });
    expect(widgetFields(schema, settings)).toEqual([
      { widget: 'expression', value: 'a', path: ['branches', 0, 'when'], label: 'When' },
      { widget: 'expression', value: 'b', path: ['branches', 1, 'when'], label: 'When' },
      { widget: 'expression', value: 'c', path: ['params', 'x'], label: 'When' },
      { widget: 'variable', value: 'v', path: ['piped'], label: undefined },
      { widget: 'flow', value: 'f', path: ['nested', 'deeper', 'flow'], label: undefined },
    ]);
  });

  it('reads meta put on a wrapper, and applies an array widget to each item', () => {
    const schema = z.object({
      text: z.string().optional().meta({ widget: 'template' }),
      intents: z.array(z.string()).meta({ widget: 'intent' }),
    });
    expect(
      widgetFields(schema, { text: 'hi', intents: ['a', 'b'] }).map((f) => [f.widget, f.path]),
    ).toEqual([
      ['template', ['text']],
      ['intent', ['intents', 0]],
      ['intent', ['intents', 1]],
    ]);
  });

  it('takes the union option the value parses with', () => {
    const schema = z.object({
      source: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('http'), url: z.string().meta({ widget: 'template' }) }),
        z.object({ kind: z.literal('table'), filter: expression }),
      ]),
    });
    expect(widgetFields(schema, { source: { kind: 'table', filter: 'x > 1' } })).toEqual([
      { widget: 'expression', value: 'x > 1', path: ['source', 'filter'], label: 'When' },
    ]);
  });

  it('follows lazy schemas, and stops on values that do not fit', () => {
    type Tree = { when: string; children: Tree[] };
    const tree: z.ZodType<Tree> = z.lazy(() =>
      z.object({ when: expression, children: z.array(tree) }),
    );
    const value = { when: 'a', children: [{ when: 'b', children: [] }] };
    expect(widgetFields(tree, value).map((f) => f.path)).toEqual([
      ['when'],
      ['children', 0, 'when'],
    ]);
    expect(widgetFields(tree, 'not an object')).toEqual([]);
  });

  it('ignores keys from the prototype chain', () => {
    const schema = z.object({ constructor: expression });
    expect(widgetFields(schema, {})).toEqual([]);
  });
});
