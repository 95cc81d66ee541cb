import { evaluateExpression } from './expression.evaluator';
import { readOnlyRecord } from './read-only-view';
import { pickLocale, renderTemplate } from './template.renderer';

const scope = readOnlyRecord({
  vars: {
    name: 'Ann',
    n: 0.1,
    obj: { a: 1 },
    secret: 'hunter2',
    typed: 'I said {{ vars.secret }}',
  },
  contact: {},
});
const render = (template: string | Record<string, string>, locale = 'en') =>
  renderTemplate(template, { locale, defaultLocale: 'en' }, (source) =>
    evaluateExpression(source, scope, { now: () => 0 }),
  );

describe('renderTemplate', () => {
  it('fills placeholders with values as text', async () => {
    await expect(
      render('Hi {{ vars.name }}, {{ vars.n * 3 }} {{ vars.missing }}{{ vars.obj }}'),
    ).resolves.toBe('Hi Ann, 0.3 {"a":1}');
  });

  it('picks the locale, then its language, then the default', async () => {
    const text = { en: 'Hello', 'zh-CN': '你好 {{ vars.name }}', fr: 'Bonjour' };
    await expect(render(text, 'zh-CN')).resolves.toBe('你好 Ann');
    expect(pickLocale(text, 'fr-CA', 'en')).toBe('Bonjour');
    expect(pickLocale(text, 'de', 'en')).toBe('Hello');
    expect(pickLocale({ de: 'Hallo' }, 'fr', 'en')).toBe('Hallo');
  });

  it('inserts customer text literally, never rendering it again', async () => {
    await expect(render('Echo: {{ vars.typed }}')).resolves.toBe('Echo: I said {{ vars.secret }}');
  });

  it('fails clearly on a broken template', async () => {
    await expect(render('Hi {{ vars.name')).rejects.toMatchObject({ code: 'P0014' });
  });
});
