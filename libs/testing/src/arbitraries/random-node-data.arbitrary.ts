import type { NodeKind } from '@parley/nodes';
import fc from 'fast-check';
import type { NodeDataOf } from '../tiny-bot.builder';
import {
  answerRulesArbitrary,
  buttonsArbitrary,
  httpArbitrary,
  mappingsArbitrary,
  maybe,
  pick,
  subflowCallArbitrary,
} from './random-fields.arbitrary';
import {
  conditionArbitrary,
  dynamicItemsArbitrary,
  templateArbitrary,
  valueExpressionArbitrary,
  writableArbitrary,
  type FlowScope,
} from './random-values.arbitrary';

type DataArbitraries = {
  readonly [K in NodeKind]: (scope: FlowScope) => fc.Arbitrary<NodeDataOf<K>>;
};

/**
 * Schema-valid `data` for every node kind, referring only to what the flow's scope
 * declares. Typed per kind, so a kind added to the catalog without a generator here
 * does not compile.
 */
export const nodeDataArbitraries: DataArbitraries = {
  start: () => fc.constant({}),
  message: (scope) =>
    fc
      .record({
        text: maybe(templateArbitrary(scope)),
        images: fc.array(
          fc.record({
            url: fc.constant('https://img.example.com/{{ vars.a }}.png'),
            alt: maybe(templateArbitrary(scope)),
          }),
          { maxLength: 1 },
        ),
        buttons: buttonsArbitrary(scope),
        buttonsFrom: maybe(dynamicItemsArbitrary),
        buttonStyle: pick(['buttons', 'quick-replies'] as const),
        cards: fc.uniqueArray(
          fc.record({
            id: pick(['k1', 'k2']),
            title: templateArbitrary(scope),
            buttons: buttonsArbitrary(scope),
          }),
          { maxLength: 2, selector: (card) => card.id },
        ),
      })
      .map((data) => (data.text === undefined ? { ...data, text: 'Fallback text' } : data)),
  ask: (scope) =>
    answerRulesArbitrary(scope).chain((rules) =>
      fc.record({
        question: templateArbitrary(scope),
        variable: writableArbitrary(scope),
        type: fc.constant(rules.type),
        choices: fc.constant(rules.choices),
        pattern: fc.constant(rules.pattern),
        choicesFrom:
          rules.type === 'choice' ? maybe(dynamicItemsArbitrary) : fc.constant(undefined),
        min: maybe(fc.integer({ min: -5, max: 5 })),
        max: maybe(fc.integer({ min: 6, max: 100 })),
        retryMessage: maybe(templateArbitrary(scope)),
        maxTries: fc.integer({ min: 1, max: 4 }),
        timeoutSeconds: maybe(fc.integer({ min: 5, max: 600 })),
        skipIfSet: fc.boolean(),
      }),
    ),
  form: (scope) =>
    fc.record({
      fields: fc.uniqueArray(
        answerRulesArbitrary(scope).chain((rules) =>
          fc.record({
            name: pick(['f1', 'f2', 'f3']),
            variable: writableArbitrary(scope),
            type: fc.constant(rules.type),
            prompt: templateArbitrary(scope),
            required: fc.boolean(),
            choices: fc.constant(rules.type === 'choice' ? rules.choices : undefined),
            pattern: fc.constant(rules.pattern),
          }),
        ),
        { minLength: 1, maxLength: 3, selector: (field) => field.name },
      ),
      confirm: fc.boolean(),
      confirmPrompt: maybe(templateArbitrary(scope)),
    }),
  condition: (scope) =>
    fc.record({
      branches: fc.uniqueArray(
        fc.record({
          id: pick(['b1', 'b2', 'b3']),
          label: pick(['One', '二']),
          when: conditionArbitrary(scope),
        }),
        { minLength: 1, maxLength: 3, selector: (branch) => branch.id },
      ),
    }),
  set: (scope) =>
    fc.record({
      assignments: fc.array(
        fc.record({ variable: writableArbitrary(scope), value: valueExpressionArbitrary(scope) }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  intent: (scope) =>
    fc.record({
      intents: fc.subarray([...scope.intents]),
      threshold: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
      entities: fc.array(
        fc.record({ entity: pick(scope.entities), variable: writableArbitrary(scope) }),
        {
          maxLength: 2,
        },
      ),
      prompt: maybe(templateArbitrary(scope)),
    }),
  llm: (scope) =>
    fc.record({
      mode: pick(['reply', 'extract', 'classify', 'summarise'] as const),
      prompt: templateArbitrary(scope),
      system: maybe(templateArbitrary(scope)),
      temperature: fc.double({ min: 0, max: 2, noNaN: true }),
      maxTokens: fc.integer({ min: 1, max: 64 }),
      includeHistory: fc.boolean(),
      outputVariable: maybe(writableArbitrary(scope)),
      fields: fc.uniqueArray(
        fc.record({
          name: pick(['f1', 'f2']),
          type: pick(['string', 'number', 'boolean'] as const),
          description: pick(['the name', '金额']),
          variable: writableArbitrary(scope),
          required: fc.boolean(),
        }),
        { minLength: 1, maxLength: 2, selector: (field) => field.name },
      ),
      labels: fc.uniqueArray(
        fc.record({ name: pick(['yes', 'no', 'maybe']), description: pick(['', 'a label']) }),
        {
          minLength: 1,
          maxLength: 3,
          selector: (label) => label.name,
        },
      ),
      timeoutSeconds: fc.integer({ min: 1, max: 5 }),
    }),
  knowledge: (scope) =>
    fc.record({
      question: maybe(pick(['input.text', 'vars.a', '"opening hours"'])),
      answerMode: pick(['direct', 'llm'] as const),
      maxPassages: fc.integer({ min: 1, max: 4 }),
      minScore: fc.double({ min: 0, max: 1, noNaN: true }),
      outputVariable: maybe(writableArbitrary(scope)),
    }),
  lookup: (scope) =>
    fc.record({
      source: pick(['http', 'table'] as const),
      http: httpArbitrary(scope).chain((http) =>
        pick(['GET', 'POST'] as const).map((method) => ({ ...http, method })),
      ),
      table: fc.record({
        table: pick(['orders', '订单']),
        filter: maybe(pick(['id = vars.a', 'status = "open"'])),
        sortBy: maybe(fc.constant('date')),
        descending: fc.boolean(),
        limit: fc.integer({ min: 1, max: 5 }),
      }),
      resultVariable: maybe(writableArbitrary(scope)),
      mappings: mappingsArbitrary(scope),
      notFoundWhen: maybe(pick(['response.status = 404', '$not($exists(response.body.id))'])),
    }),
  action: (scope) =>
    fc.record({
      http: httpArbitrary(scope).chain((http) =>
        pick(['POST', 'PUT', 'PATCH', 'DELETE'] as const).map((method) => ({ ...http, method })),
      ),
      mappings: mappingsArbitrary(scope),
      resultVariable: maybe(writableArbitrary(scope)),
    }),
  sentiment: (scope) =>
    fc
      .tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      )
      .filter(([a, b]) => a !== b)
      .chain(([a, b]) =>
        fc.record({
          target: pick(['last-message', 'conversation'] as const),
          variable: maybe(writableArbitrary(scope)),
          negativeBelow: fc.constant(Math.min(a, b)),
          positiveAbove: fc.constant(Math.max(a, b)),
        }),
      ),
  handoff: (scope) =>
    fc.record({
      queue: pick(['default', '售后']),
      priority: pick(['normal', 'high'] as const),
      message: maybe(templateArbitrary(scope)),
      includeSummary: fc.boolean(),
      maxWaitMinutes: fc.integer({ min: 1, max: 30 }),
    }),
  feedback: (scope) =>
    fc.record({
      question: templateArbitrary(scope),
      scale: pick(['stars', 'thumbs', 'nps'] as const),
      askComment: fc.boolean(),
      commentPrompt: maybe(templateArbitrary(scope)),
      thankYou: maybe(templateArbitrary(scope)),
      variable: maybe(writableArbitrary(scope)),
      commentVariable: maybe(writableArbitrary(scope)),
    }),
  jump: (scope) => fc.record({ flowId: pick(scope.flows.map((flow) => flow.id)) }),
  subflow: (scope) => pick(scope.flows).chain((callee) => subflowCallArbitrary(scope, callee)),
  end: (scope) =>
    fc.record({
      // Mostly `flow`: an ended conversation ignores the rest of the events.
      ends: fc.constantFrom('flow', 'flow', 'conversation'),
      status: pick(['resolved', 'unresolved'] as const),
      message: maybe(templateArbitrary(scope)),
    }),
};
