import { parseAnswer, type AnswerRules } from './answer.parser';
import { defaultRetryMessage } from './answer-retry.messages';

const parse = (text: string, rules: AnswerRules, locale = 'en') =>
  parseAnswer({ text }, rules, locale);

describe('parseAnswer', () => {
  it('stores text trimmed and refuses blank text', () => {
    expect(parse('  Ada Lovelace ', { type: 'text' })).toEqual({ ok: true, value: 'Ada Lovelace' });
    expect(parse('   ', { type: 'text' })).toEqual({ ok: false, problem: 'empty' });
  });

  it('keeps template-looking text as plain data', () => {
    expect(parse('{{ vars.secret }}', { type: 'text' })).toEqual({
      ok: true,
      value: '{{ vars.secret }}',
    });
  });

  it('checks numbers against min and max', () => {
    const rules: AnswerRules = { type: 'number', min: 1, max: 10 };
    expect(parse('７', rules)).toEqual({ ok: true, value: 7 });
    expect(parse('0', rules)).toEqual({ ok: false, problem: 'too-small' });
    expect(parse('11', rules)).toEqual({ ok: false, problem: 'too-large' });
    expect(parse('seven', rules)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it('checks e-mail addresses', () => {
    expect(parse(' ada@example.com ', { type: 'email' })).toEqual({
      ok: true,
      value: 'ada@example.com',
    });
    expect(parse('ada@example', { type: 'email' })).toEqual({ ok: false, problem: 'not-an-email' });
    expect(parse('ada example.com', { type: 'email' })).toEqual({
      ok: false,
      problem: 'not-an-email',
    });
  });

  it('checks phones and dates', () => {
    expect(parse('138 0013 8000', { type: 'phone' })).toEqual({ ok: true, value: '13800138000' });
    expect(parse('12345', { type: 'phone' })).toEqual({ ok: false, problem: 'not-a-phone' });
    expect(parse('11/24/2026', { type: 'date' }, 'en-US')).toEqual({
      ok: true,
      value: '2026-11-24',
    });
    expect(parse('next week', { type: 'date' })).toEqual({ ok: false, problem: 'not-a-date' });
  });

  it('matches choices and stores the value', () => {
    const rules: AnswerRules = {
      type: 'choice',
      choices: [{ id: 'y', value: 'yes', label: 'Yes', aliases: ['是'] }],
    };
    expect(parse('是', rules)).toEqual({ ok: true, value: 'yes' });
    expect(parseAnswer({ payload: 'yes', text: 'Yes' }, rules, 'en')).toEqual({
      ok: true,
      value: 'yes',
    });
    expect(parse('maybe', rules)).toEqual({ ok: false, problem: 'no-choice' });
  });

  it('matches patterns, in unicode mode when the pattern allows it', () => {
    expect(parse('AB123456', { type: 'regex', pattern: '^[A-Z]{2}\\d{6}$' })).toEqual({
      ok: true,
      value: 'AB123456',
    });
    expect(parse('ab123456', { type: 'regex', pattern: '^[A-Z]{2}\\d{6}$' })).toEqual({
      ok: false,
      problem: 'no-match',
    });
    expect(parse('张三', { type: 'regex', pattern: '^..$' })).toEqual({ ok: true, value: '张三' });
    expect(parse('x', { type: 'regex', pattern: '^[\\w-]$' })).toEqual({ ok: true, value: 'x' });
    expect(parse('x'.repeat(2_000), { type: 'regex', pattern: 'x' })).toEqual({
      ok: false,
      problem: 'no-match',
    });
  });
});

describe('defaultRetryMessage', () => {
  it('speaks Chinese to zh conversations and English otherwise, naming limits', () => {
    expect(defaultRetryMessage('too-small', { type: 'number', min: 3 }, 'zh-CN')).toBe(
      '请输入不小于 3 的数字。',
    );
    expect(defaultRetryMessage('too-large', { type: 'number', max: 9 }, 'en-GB')).toBe(
      'Please enter a number of at most 9.',
    );
    expect(defaultRetryMessage('not-an-email', { type: 'email' }, 'fr')).toMatch(/e-mail address/);
  });
});
