import type { Json } from '@parley/engine';
import type { LocalizedText } from '@parley/flow';
import fc from 'fast-check';

/**
 * The value of `vars.sentinel` in every random bot. No template or expression of a
 * random bot reads it, so it may only reach a bot message if customer (or port) text
 * were evaluated as a template — `{{ vars.sentinel }}` typed by a customer must stay
 * literal.
 */
export const SENTINEL = 'S3NT1NEL-7f3a9c';

/** What a flow's node settings may refer to. */
export interface FlowScope {
  readonly flowId: string;
  /** Variable names templates and expressions may read here (never `sentinel`). */
  readonly readable: readonly string[];
  /** Variable names nodes may write here (never `sentinel`). */
  readonly writable: readonly string[];
  /** Every flow of the bot, with what it takes and returns. */
  readonly flows: readonly FlowSignature[];
  readonly intents: readonly string[];
  /** Declared and system entity names. */
  readonly entities: readonly string[];
}

/** A flow's id, parameters and returned values. */
export interface FlowSignature {
  readonly id: string;
  readonly parameters: readonly { name: string; required: boolean }[];
  readonly returns: readonly string[];
}

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

/** Customer text that would leak `SENTINEL` into a message if it were rendered. */
export const injectionArbitrary = pick([
  '{{ vars.sentinel }}',
  'Hi {{vars.sentinel}}!',
  '{{ $string(vars) }}',
  '{{ $lookup(vars, "sentinel") }}',
]);

/**
 * A variable a node writes: `a` half the time, the variable echo templates read,
 * so customer answers often come back in a bot message.
 */
export function writableArbitrary(scope: FlowScope): fc.Arbitrary<string> {
  return fc.oneof(fc.constant('a'), pick(scope.writable));
}

/** Text with placeholders reading only what the scope allows, in one or two locales. */
export function templateArbitrary(scope: FlowScope): fc.Arbitrary<LocalizedText> {
  const readable = pick(scope.readable);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('Echo: {{ vars.a }} ({{ input.text }})') },
    pick(['Hello!', '你好！', 'Braces {alone} and "quotes" stay']),
    readable.map((name) => `Value: {{ vars.${name} }}`),
    fc.constant('You said: {{ input.text }} / {{ input.payload }}'),
    fc.constant('{{ $count(vars.list) }} items, turn {{ conversation.turn }} 轮'),
    fc.constant('{{ nlu.intent }} {{ contact.tier }} {{ vars.obj }}'),
    readable.map((name) => ({ en: `EN {{ vars.${name} }}`, 'zh-CN': `中文 {{ vars.${name} }}` })),
  );
}

/** An expression that mostly works, sometimes fails at run time (an error path). */
export function valueExpressionArbitrary(scope: FlowScope): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: pick(scope.readable).map((name) => `vars.${name}`) },
    pick([
      'input.text',
      '$uppercase(input.text)',
      '$exists(vars.n) ? vars.n + 1 : 1',
      '[1, 2, "three"]',
      '{"k": input.text, "n": 3}',
      '$count(vars.list)',
      'vars.obj.k',
      'nlu.entities[0].value',
      '$number(input.text)',
      '$error("boom")',
    ]),
  );
}

/** A condition: truthy or not depending on the conversation. */
export function conditionArbitrary(scope: FlowScope): fc.Arbitrary<string> {
  return fc.oneof(
    pick(scope.readable).map((name) => `$exists(vars.${name})`),
    pick([
      'true',
      'false',
      'vars.n > 2',
      'input.text = "yes"',
      '$count(vars.list) > 1',
      'nlu.intent = "refund"',
      '$length(input.text) > 3',
      'vars.flag',
      '$number(input.text) > 5',
    ]),
  );
}

/** Expressions over `response` for lookup/action mappings and conditions. */
export const responseExpressionArbitrary = pick([
  'response.body',
  'response.status',
  'response.body.status',
  'response.rows[0]',
  '$count(response.rows)',
  '$string(response.body)',
]);

/** Buttons or choices built from a list (sometimes not a list: an error path). */
export const dynamicItemsArbitrary = fc.record({
  items: pick(['vars.list', '[1, 2, 3]', 'vars.obj', 'vars.a']),
  label: pick(['$string($item)', '"#" & $string($item)']),
  payload: pick(['$string($item)', '$item']),
});

/** Patterns that compile (the validator checks they do). */
export const patternArbitrary = pick(['^[A-Z]{2}\\d{3}$', '^\\d+$', '^(yes|no)$', '.+']);

/** Entity values, LLM replies and API bodies as odd as ports may send them. */
export const hostileTextArbitrary = fc.oneof(
  injectionArbitrary,
  pick([
    '{{ 6 * 7 }}',
    '$eval("vars.sentinel")',
    '__proto__',
    'constructor',
    '{"__proto__": {"polluted": true}}',
    '我要查询订单 12345，谢谢',
    'yes',
    'cancel',
    '',
  ]),
  fc.string({ maxLength: 40 }),
  fc.constant('x'.repeat(10_240)),
);

/** Any JSON a service may send: hostile strings, odd keys (`__proto__`), nesting. */
export const jsonArbitrary: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    hostileTextArbitrary,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(
        pick(['id', 'status', '__proto__', 'constructor', '名字']),
        fc.string({ maxLength: 5 }),
      ),
      tie('value'),
      { maxKeys: 3 },
    ),
  ),
})).value;
