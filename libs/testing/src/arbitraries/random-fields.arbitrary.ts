import fc from 'fast-check';
import type { NodeDataOf } from '../tiny-bot.builder';
import {
  patternArbitrary,
  responseExpressionArbitrary,
  templateArbitrary,
  valueExpressionArbitrary,
  writableArbitrary,
  type FlowScope,
  type FlowSignature,
} from './random-values.arbitrary';

type AskData = NodeDataOf<'ask'>;
type ChoiceData = NonNullable<AskData['choices']>[number];
type ButtonData = NonNullable<NodeDataOf<'message'>['buttons']>[number];
type HttpData = NodeDataOf<'action'>['http'];
type MappingData = NonNullable<NodeDataOf<'action'>['mappings']>[number];
type SubflowData = NodeDataOf<'subflow'>;

/** One of the items, uniformly. */
export const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

/** The value or `undefined` (the field left out). */
export const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

const answerTypes = ['text', 'number', 'email', 'phone', 'date', 'choice', 'regex'] as const;

/** How an ask node or a form field checks answers; passes the kind checks. */
export interface AnswerRules {
  type: (typeof answerTypes)[number];
  /** At least one for `choice`, else none. */
  choices: ChoiceData[];
  /** Only for `regex`. */
  pattern: string | undefined;
}

/** Choices for `choice`, a compiling pattern for `regex`, nothing extra otherwise. */
export function answerRulesArbitrary(scope: FlowScope): fc.Arbitrary<AnswerRules> {
  return pick(answerTypes).chain((type) =>
    fc.record({
      type: fc.constant(type),
      choices: type === 'choice' ? choicesArbitrary(scope) : fc.constant<ChoiceData[]>([]),
      pattern: type === 'regex' ? patternArbitrary.map(String) : fc.constant(undefined),
    }),
  );
}

function choicesArbitrary(scope: FlowScope): fc.Arbitrary<ChoiceData[]> {
  return fc.uniqueArray(
    fc.record({
      id: pick(['c1', 'c2', 'c3']),
      label: templateArbitrary(scope),
      value: pick(['yes', 'no', '是', 'maybe']),
      synonyms: fc.array(pick(['y', 'yeah', '好的', 'nope']), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3, selector: (choice) => choice.id },
  );
}

/** Up to three buttons; some payloads look like templates (they are data). */
export function buttonsArbitrary(scope: FlowScope): fc.Arbitrary<ButtonData[]> {
  return fc.uniqueArray(
    fc.record({
      id: pick(['b1', 'b2', 'b3']),
      label: templateArbitrary(scope),
      payload: maybe(pick(['yes', 'no', '{{ vars.sentinel }}', '按钮'])),
    }),
    { maxLength: 3, selector: (button) => button.id },
  );
}

/** An HTTP request with placeholders in URL, a header and the body (sometimes broken JSON). */
export function httpArbitrary(scope: FlowScope): fc.Arbitrary<Omit<HttpData, 'method'>> {
  const readable = pick(scope.readable);
  return fc.record({
    url: readable.map(
      (name) => `https://api.example.com/orders/{{ vars.${name} }}?q={{ input.text }}`,
    ),
    headers: fc.array(
      fc.record({ name: pick(['X-Note', 'Content-Type']), value: templateArbitrary(scope) }),
      { maxLength: 1 },
    ),
    secret: maybe(fc.constant('crm-key')),
    body: maybe(
      fc.oneof(
        readable.map((name) => `{"v": "{{ vars.${name} }}", "typed": {{ vars.${name} }}}`),
        fc.constant('note={{ input.text }}'),
        fc.constant('{"broken": {{ vars.n }}'),
      ),
    ),
    timeoutMs: fc.integer({ min: 100, max: 1_000 }),
  });
}

/** Response mappings into writable variables. */
export function mappingsArbitrary(scope: FlowScope): fc.Arbitrary<MappingData[]> {
  return fc.array(
    fc.record({ variable: writableArbitrary(scope), value: responseExpressionArbitrary }),
    { maxLength: 2 },
  );
}

/** A call of `callee`: every required parameter, some optional ones, results it returns. */
export function subflowCallArbitrary(
  scope: FlowScope,
  callee: FlowSignature,
): fc.Arbitrary<SubflowData> {
  const given = callee.parameters.map((parameter): fc.Arbitrary<[string, string][]> =>
    (parameter.required ? fc.constant(true) : fc.boolean()).chain((included) =>
      included
        ? valueExpressionArbitrary(scope).map((value): [string, string][] => [
            [parameter.name, value],
          ])
        : fc.constant([]),
    ),
  );
  const parameters = fc
    .tuple(...given)
    .map((entries): Record<string, string> => Object.fromEntries(entries.flat()));
  const results = fc
    .subarray([...callee.returns])
    .chain((names) =>
      fc.tuple(
        ...names.map((from) => writableArbitrary(scope).map((variable) => ({ variable, from }))),
      ),
    );
  return fc.record({ flowId: fc.constant(callee.id), parameters, results });
}
