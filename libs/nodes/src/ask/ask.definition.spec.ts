import { checkContextFixture } from '../shared/check-context.fixture';
import { askDefinition } from './ask.definition';
import { askSettingsSchema } from './ask.schema';

const context = checkContextFixture();
const ask = (extra: Record<string, unknown>) =>
  askSettingsSchema.parse({
    question: 'What is your order number?',
    variable: 'orderId',
    ...extra,
  });
const issuesOf = (extra: Record<string, unknown>) =>
  (askDefinition.check?.(ask(extra), context) ?? []).map(({ code, path }) => ({ code, path }));

describe('ask definition', () => {
  it('fills the documented defaults', () => {
    expect(ask({})).toMatchObject({ type: 'text', choices: [], maxTries: 3, skipIfSet: false });
  });

  it('summarises the question and the variable', () => {
    expect(askDefinition.summary(ask({}), 'en')).toBe(
      'Ask "What is your order number?" → vars.orderId',
    );
    const zh = ask({ question: { en: 'Order number?', 'zh-CN': '您的订单号是多少？' } });
    expect(askDefinition.summary(zh, 'zh')).toBe('询问“您的订单号是多少？” → vars.orderId');
  });

  it('labels the invalid outcome', () => {
    expect(askDefinition.outcomeLabel('invalid', ask({}))).toEqual({
      en: 'Invalid answer',
      zh: '无效回答',
    });
  });

  it('needs a pattern that compiles for pattern answers', () => {
    expect(issuesOf({ type: 'regex', pattern: '^[A-Z]{2}\\d{6}$' })).toEqual([]);
    expect(issuesOf({ type: 'regex', pattern: '([A-Z' })).toEqual([
      { code: 'kind-rule', path: ['pattern'] },
    ]);
    expect(issuesOf({ type: 'regex' })).toEqual([{ code: 'kind-rule', path: ['pattern'] }]);
  });

  it('needs choices, fixed or from a list, for choice answers', () => {
    expect(issuesOf({ type: 'choice' })).toEqual([{ code: 'kind-rule', path: ['choices'] }]);
    const choices = [{ id: 'yes', label: 'Yes', value: 'yes' }];
    expect(issuesOf({ type: 'choice', choices })).toEqual([]);
    const choicesFrom = { items: 'vars.orders', label: '$item.title', payload: '$item.id' };
    expect(issuesOf({ type: 'choice', choicesFrom })).toEqual([]);
  });

  it('flags a maximum below the minimum', () => {
    expect(issuesOf({ type: 'number', min: 10, max: 1 })).toEqual([
      { code: 'kind-rule', path: ['max'] },
    ]);
  });

  it('rejects blank questions, bad variable names and out-of-range limits', () => {
    const base = { question: 'Q?', variable: 'orderId' };
    expect(askSettingsSchema.safeParse({ ...base, question: '   ' }).success).toBe(false);
    expect(
      askSettingsSchema.safeParse({ ...base, question: { en: 'Q?', 'zh-CN': '' } }).success,
    ).toBe(false);
    expect(askSettingsSchema.safeParse({ ...base, variable: 'order id' }).success).toBe(false);
    expect(askSettingsSchema.safeParse({ ...base, maxTries: 11 }).success).toBe(false);
    expect(askSettingsSchema.safeParse({ ...base, timeoutSeconds: 4 }).success).toBe(false);
    expect(askSettingsSchema.safeParse({}).error?.issues.map((issue) => issue.path)).toEqual([
      ['question'],
      ['variable'],
    ]);
  });
});
