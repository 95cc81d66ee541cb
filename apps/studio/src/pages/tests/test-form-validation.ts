import {
  type MessageExpectation,
  type StoredConversationTest,
  storedConversationTestSchema,
} from '@parley/flow';
import type { MessageForm, TestForm, TurnForm } from './test-form-model';

/** An error on one field: a key of the `tests` namespace, or the schema's own words. */
export interface FieldError {
  key: string;
  fallback?: string;
}

/** Errors by field: `name`, `contact`, `turns.1.value`, `turns.1.messages.0`… */
export type FieldErrors = Record<string, FieldError>;

export type FormResult =
  { ok: true; test: StoredConversationTest } | { ok: false; errors: FieldErrors };

/**
 * The form as a stored test, checked the way the runtime checks it (the bot document's
 * test schema), plus what only the studio knows: names unique among the draft's tests,
 * JSON that parses, and inputs that are not blank.
 */
export function formToTest(form: TestForm, otherNames: readonly string[]): FormResult {
  const errors: FieldErrors = {};
  const fail = (field: string, key: string) => {
    errors[field] ??= { key };
  };
  const name = form.name.trim();
  if (name === '') fail('name', 'errors.nameRequired');
  else if (otherNames.includes(name)) fail('name', 'errors.nameTaken');

  const test: Record<string, unknown> = { name };
  if (form.description.trim() !== '') test.description = form.description.trim();
  if (form.locale !== '') test.locale = form.locale;
  const contact = readObject(form.contact, 'contact', fail);
  if (contact !== undefined) test.contact = contact;
  const vars = readObject(form.vars, 'vars', fail);
  if (vars !== undefined) test.vars = vars;
  if (form.turns.length === 0) fail('turns', 'errors.noTurns');
  test.turns = form.turns.map((turn, index) => toTurn(turn, `turns.${index}`, fail));

  const parsed = storedConversationTestSchema.safeParse(test);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      // The schema's one rule on a turn as a whole: only the first may leave out the input.
      const key = field.endsWith('.action') ? 'errors.openingFirst' : 'errors.invalid';
      errors[field] ??= { key, fallback: issue.message };
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, test: parsed.data };
}

type Fail = (field: string, key: string) => void;

/** Loosely typed: the schema checks and types the whole test afterwards. */
type Loose = Record<string, unknown>;

function toTurn(turn: TurnForm, at: string, fail: Fail): Loose {
  const result: Loose = {};
  switch (turn.action) {
    case 'opening':
      break;
    case 'say':
    case 'press':
    case 'timer':
      if (turn.value.trim() === '') fail(`${at}.value`, `errors.${turn.action}Required`);
      result[turn.action] = turn.action === 'say' ? turn.value : turn.value.trim();
      break;
    case 'handback': {
      const vars = readObject(turn.value, `${at}.value`, fail);
      result.handback = vars === undefined ? {} : { vars };
      break;
    }
  }
  const ports = readObject(turn.ports, `${at}.ports`, fail);
  if (ports !== undefined) result.ports = ports;
  const expect = toExpectation(turn, at, fail);
  if (Object.keys(expect).length > 0) result.expect = expect;
  return result;
}

function toExpectation(turn: TurnForm, at: string, fail: Fail): Loose {
  const expect: Loose = {};
  if (turn.checkMessages)
    expect.messages = turn.messages.map((message, index) =>
      toMessage(message, `${at}.messages.${index}`, fail),
    );
  if (turn.node.trim() !== '') expect.node = turn.node.trim();
  const vars = readObject(turn.vars, `${at}.vars`, fail);
  if (vars !== undefined) expect.vars = vars;
  if (turn.ended !== '')
    expect.ended = turn.ended === 'true' ? true : turn.ended === 'false' ? false : turn.ended;
  if (turn.handedOff !== '') expect.handedOff = turn.handedOff === 'true';
  return expect;
}

function toMessage(message: MessageForm, at: string, fail: Fail): MessageExpectation {
  const buttons = message.buttons.length > 0 ? { buttons: message.buttons } : {};
  if (message.match === 'none') {
    if (message.buttons.length === 0) fail(at, 'errors.messageEmpty');
    return buttons;
  }
  if (message.value === '') fail(at, 'errors.messageEmpty');
  // An exact text alone is written the short way, as test files write it.
  if (message.match === 'text' && message.buttons.length === 0) return message.value;
  return { [message.match]: message.value, ...buttons };
}

/** A JSON field: `undefined` when left empty; an error unless it is a JSON object. */
function readObject(text: string, field: string, fail: Fail): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    fail(field, 'errors.jsonObject');
  } catch {
    fail(field, 'errors.json');
  }
  return undefined;
}

const inputs = new Set(['say', 'press', 'timer', 'handback']);

/** The form field a schema issue is about. */
export function fieldOf(path: readonly PropertyKey[]): string {
  const [first, index, key, subKey, subIndex] = path.map(String);
  if (first !== 'turns' || index === undefined) return first ?? 'name';
  const turn = `turns.${index}`;
  if (key === undefined) return `${turn}.action`;
  if (inputs.has(key)) return `${turn}.value`;
  if (key === 'ports') return `${turn}.ports`;
  if (key === 'expect' && subKey === 'messages' && subIndex !== undefined)
    return `${turn}.messages.${subIndex}`;
  if (key === 'expect' && subKey !== undefined) return `${turn}.${subKey}`;
  return `${turn}.action`;
}
