import { answerKey } from './answer-text';
import type { AnswerType } from './answer-type.schema';

/**
 * How customers say yes, no, skip, cancel and "change X to Y" in English and
 * Chinese, for the form node. Everything is compared on `answerKey` (NFKC, lower
 * case, no final punctuation).
 */
const yesWords = wordSet(
  "yes|y|yeah|yep|yup|ok|okay|sure|correct|right|confirm|confirmed|that's right|that is right|looks good|all good|yes please|是|是的|对|对的|没错|确认|确定|好|好的|可以|正确|没问题|嗯",
);
const noWords = wordSet(
  'no|n|nope|nah|wrong|not right|incorrect|change|edit|no thanks|不|不是|不对|否|错了|有误|不正确|修改|要改|需要修改',
);
const skipWords = wordSet(
  "skip|none|no|n/a|na|nothing|pass|don't have|i don't have one|not applicable|跳过|没有|无|不用|不需要|略过|不填",
);

/** A set of phrases written `a|b|c` (one line each list, instead of one line per phrase). */
function wordSet(phrases: string): ReadonlySet<string> {
  return new Set(phrases.split('|'));
}

/** A plain yes (or a press of the confirmation's yes button). */
export function isYes(text: string): boolean {
  return yesWords.has(answerKey(text));
}

/** A plain no. */
export function isNo(text: string): boolean {
  return noWords.has(answerKey(text));
}

/** "Skip" / "没有": the customer has nothing for an optional field. */
export function isSkip(text: string): boolean {
  return skipWords.has(answerKey(text));
}

/**
 * Whether the message asks to cancel: a cancel keyword on its own or in a very short
 * message ("cancel please", "算了吧"). A keyword inside a longer sentence ("I want to
 * cancel my order's delivery date") is an answer, not a cancellation.
 */
export function isCancel(
  text: string,
  keywords: { en: readonly string[]; zh: readonly string[] },
): boolean {
  const key = answerKey(text);
  if (key === '') return false;
  const words = key.split(/\s+/u);
  const english = keywords.en.some((keyword) => {
    const k = answerKey(keyword);
    return (
      key === k || (words.length <= 3 && k.split(/\s+/u).every((part) => words.includes(part)))
    );
  });
  const chinese = keywords.zh.some((keyword) => {
    const k = answerKey(keyword);
    return key === k || (key.includes(k) && key.length <= k.length + 3);
  });
  return english || chinese;
}

/** A "change <field> to <value>" message, split into its two halves. */
export interface CorrectionRequest {
  /** The words naming the field ("the email", "把邮箱"); may be empty. */
  ref: string;
  /** The new value as typed. */
  value: string;
}

const englishCorrection =
  /^(?:(?:no|actually|sorry|oops|wait)[,\s]+)*(?:please\s+)?(?:change|update|correct|fix|set|make|switch)\s+(.{0,60}?)\s*(?:to|into|as)\s+(.+)$/iu;
const chineseCorrection =
  /^(.{0,30}?)(?:改成|改为|换成|更正为|更改为|修改为|改到|变成|应该是)\s*[:：]?\s*(.+)$/u;

/** Recognises "change the email to x@y.com" / "邮箱改成 x@y.com"; `undefined` otherwise. */
export function parseCorrection(text: string): CorrectionRequest | undefined {
  const trimmed = text.trim();
  const match = englishCorrection.exec(trimmed) ?? chineseCorrection.exec(trimmed);
  if (match === null) return undefined;
  const value = (match[2] ?? '').trim().replace(/[.!?。！？]+$/u, '');
  if (value === '') return undefined;
  return { ref: (match[1] ?? '').trim(), value };
}

/** Words customers use for a field of each type, besides the field's own name. */
const typeMentions: Readonly<Record<AnswerType, readonly string[]>> = {
  email: ['email address', 'e-mail', 'email', 'mail', '电子邮箱', '电子邮件', '邮箱', '邮件'],
  phone: [
    'phone number',
    'mobile number',
    'telephone',
    'mobile',
    'phone',
    'cell',
    '手机号码',
    '手机号',
    '电话号码',
    '电话',
    '手机',
  ],
  date: ['date', '日期'],
  number: [],
  text: [],
  choice: [],
  regex: [],
};

/** Chinese words for the field names forms use most, so "地址改成…" finds `address`. */
const chineseNames: Readonly<Record<string, readonly string[]>> = {
  name: ['姓名', '名字'],
  address: ['地址', '收货地址'],
  city: ['城市'],
  amount: ['金额'],
  quantity: ['数量'],
  count: ['数量'],
  order: ['订单号', '订单'],
  company: ['公司'],
  account: ['账号', '账户'],
  date: ['日期'],
  time: ['时间'],
  email: ['邮箱'],
  phone: ['电话', '手机'],
  mobile: ['手机'],
  comment: ['备注'],
  note: ['备注'],
  number: ['号码'],
};

/**
 * The words that name a field in a message, longest first: its name as written and
 * split into words (`delivery_date` → "delivery date"), Chinese words for common
 * names, then the words of its type.
 */
export function fieldMentions(name: string, type: AnswerType): string[] {
  const spaced = splitName(name);
  const chinese = spaced.split(' ').flatMap((word) => chineseNames[word] ?? []);
  const all = new Set([name.toLowerCase(), spaced, ...chinese, ...typeMentions[type]]);
  return [...all].filter((word) => word !== '').sort((a, b) => b.length - a.length);
}

/**
 * How a field is named in the confirmation: "delivery_date" → "Delivery date"; in a
 * Chinese conversation the Chinese words when every word of the name has one
 * (`phone_number` → "电话号码").
 */
export function fieldDisplayName(name: string, locale: string): string {
  const words = splitName(name).split(' ');
  if (locale.toLowerCase().startsWith('zh')) {
    const chinese = words.map((word) => chineseNames[word]?.[0]);
    if (chinese.every((word) => word !== undefined)) return chinese.join('');
  }
  const spaced = words.join(' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function splitName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/[_-]+/gu, ' ')
    .toLowerCase()
    .trim();
}
