import { extractFormValues, type FormFieldSpec } from './form-extract';
import { isCancel, parseCorrection } from './form-phrases';

const fields: FormFieldSpec[] = [
  { name: 'name', type: 'text', choices: [] },
  { name: 'email', type: 'email', choices: [] },
  { name: 'phone', type: 'phone', choices: [] },
  { name: 'deliveryDate', type: 'date', choices: [] },
  { name: 'code', type: 'regex', pattern: '[A-Z]{2}-\\d{4}', choices: [] },
];
const all = new Set(fields.map((field) => field.name));

function extract(
  text: string,
  options: { pending?: string; open?: Set<string>; locale?: string } = {},
) {
  const found = extractFormValues({ text }, fields, {
    locale: options.locale ?? 'en',
    pending: options.pending,
    entities: [],
    open: options.open ?? all,
  });
  return Object.fromEntries(found.map((value) => [value.name, value.value]));
}

describe('extractFormValues', () => {
  it.each([
    ['my email is a@b.com and phone +44 7700 900123', { email: 'a@b.com', phone: '+447700900123' }],
    ['My name is Ada. My email is ada@example.com.', { name: 'Ada', email: 'ada@example.com' }],
    [
      'name: Grace Hopper, delivery date 2026-05-01',
      { name: 'Grace Hopper', deliveryDate: '2026-05-01' },
    ],
    ['我的邮箱是a@b.com，电话是13800138000', { email: 'a@b.com', phone: '13800138000' }],
    ['姓名：张三，2026年3月2日送货', { name: '张三', deliveryDate: '2026-03-02' }],
    [
      'reach me at bob@example.org or 138 0013 8000, ref AB-1234',
      { email: 'bob@example.org', phone: '13800138000', code: 'AB-1234' },
    ],
  ])('%j', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it('gives the whole message to the pending field only when nothing else was found', () => {
    expect(extract('Ada Lovelace', { pending: 'name' })).toEqual({ name: 'Ada Lovelace' });
    expect(extract('Ada, a@b.com', { pending: 'name' })).toEqual({ email: 'a@b.com' });
  });

  it('fills unlabelled values only into open fields, named ones anywhere', () => {
    const open = new Set(['phone']);
    expect(extract('a@b.com', { open })).toEqual({});
    expect(extract('my email is a@b.com', { open })).toEqual({ email: 'a@b.com' });
  });

  it('reads corrections in English and Chinese, by name or by the shape of the value', () => {
    expect(extract('change the email to z@y.com')).toEqual({ email: 'z@y.com' });
    expect(extract('actually, update my phone to +33 6 12 34 56 78')).toEqual({
      phone: '+33612345678',
    });
    expect(extract('把电话改成13912345678', { locale: 'zh-CN' })).toEqual({ phone: '13912345678' });
    expect(extract('change it to x@y.org')).toEqual({ email: 'x@y.org' });
    expect(parseCorrection('please change nothing')).toBeUndefined();
  });
});

describe('isCancel', () => {
  const keywords = { en: ['cancel', 'stop'], zh: ['取消', '算了'] };

  it.each(['cancel', 'Cancel!', 'stop please', 'ok cancel', '取消', '算了吧', '那就取消吧'])(
    '%j cancels',
    (text) => {
      expect(isCancel(text, keywords)).toBe(true);
    },
  );

  it.each([
    'I want to cancel my order tomorrow',
    'stopwatch',
    '我想取消订单里的一件商品然后换货',
    '',
  ])('%j does not', (text) => {
    expect(isCancel(text, keywords)).toBe(false);
  });
});
