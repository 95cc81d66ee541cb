import {
  PortError,
  type HandoffTicket,
  type HttpResponse,
  type Json,
  type KnowledgeSearchResult,
  type LlmCompletion,
  type NluClassification,
  type NluSentiment,
  type PortName,
  type TableRows,
} from '@parley/engine';
import fc from 'fast-check';
import type { PortScript } from '../test-ports';
import { maybe, pick } from './random-fields.arbitrary';
import { hostileTextArbitrary, jsonArbitrary } from './random-values.arbitrary';

/** What a port answers, call after call (cycling): a value or an error to throw. */
type Answers<O> = readonly (O | Error)[];

/** Each scriptable port method's answers. */
export interface PortPlan {
  classify: Answers<NluClassification>;
  sentiment: Answers<NluSentiment>;
  complete: Answers<LlmCompletion>;
  search: Answers<KnowledgeSearchResult>;
  http: Answers<HttpResponse>;
  table: Answers<TableRows>;
  action: Answers<HttpResponse>;
  handoff: Answers<HandoffTicket>;
}

/** A port failure: every `PortError` code, or a bug-like plain error. */
function failure(port: PortName): fc.Arbitrary<Error> {
  return fc.oneof(
    pick(['timeout', 'unavailable', 'bad-response', 'not-configured'] as const).map(
      (code) => new PortError(port, code, `${code} (random)`),
    ),
    fc.constant(new Error('socket hang up')),
  );
}

function answers<O>(port: PortName, value: fc.Arbitrary<O>): fc.Arbitrary<Answers<O>> {
  return fc.array(fc.oneof({ weight: 3, arbitrary: value }, failure(port)), {
    minLength: 1,
    maxLength: 4,
  });
}

/** Odd but well-typed numbers: out of range, NaN, infinite. */
const oddNumber = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }),
  pick([Number.NaN, Number.POSITIVE_INFINITY, 7, -3, 1.5]),
);

const jsonBody: fc.Arbitrary<Json> = fc.oneof(
  jsonArbitrary,
  fc.record({ id: pick(['A-1', '订单-9']), status: hostileTextArbitrary }),
  fc.constant(null),
);

const httpResponse: fc.Arbitrary<HttpResponse> = fc.record({
  status: pick([200, 201, 204, 302, 404, 409, 500, 503, 0, 999, 1.5]),
  body: jsonBody,
});

/**
 * Random port behaviour: mostly answers (well-formed, odd or hostile: out-of-range
 * scores, NaN, unknown intents, replies that look like templates, huge texts,
 * strange statuses), sometimes a `PortError` of any code or a plain error.
 */
export const portPlanArbitrary: fc.Arbitrary<PortPlan> = fc.record({
  classify: answers(
    'nlu',
    fc.record({
      intent: fc.option(pick(['order_status', 'refund', 'greet', 'ghost', 'fallback'])),
      confidence: oddNumber,
      ranking: fc.constant<NluClassification['ranking']>([]),
      entities: fc.array(
        fc.record({
          entity: pick(['number', 'date', 'color', 'ticket', 'ghost']),
          value: fc.oneof(hostileTextArbitrary, fc.integer(), jsonArbitrary),
          text: hostileTextArbitrary,
          start: fc.integer({ min: -1, max: 5 }),
          end: fc.integer({ min: 0, max: 10 }),
        }),
        { maxLength: 2 },
      ),
    }),
  ),
  sentiment: answers('nlu', fc.record({ score: oddNumber })),
  complete: answers(
    'llm',
    fc.record({
      text: hostileTextArbitrary,
      json: maybe(
        fc.oneof(
          fc.record({
            f1: jsonArbitrary,
            f2: fc.oneof(fc.integer(), fc.boolean()),
          }),
          fc.record({ label: pick(['yes', 'no', 'maybe', 'ghost']) }),
          jsonArbitrary,
        ),
      ),
      finishReason: pick(['stop', 'length', 'content-filter', 'error'] as const),
    }),
  ),
  search: answers(
    'knowledge',
    fc.record({
      passages: fc.array(
        fc.record({ id: pick(['p1', 'p2']), text: hostileTextArbitrary, score: oddNumber }),
        { maxLength: 3 },
      ),
    }),
  ),
  http: answers('lookup', httpResponse),
  table: answers('lookup', fc.record({ rows: fc.array(jsonBody, { maxLength: 3 }) })),
  action: answers('action', httpResponse),
  handoff: answers(
    'handoff',
    fc.record({ accepted: fc.boolean(), ticketId: maybe(pick(['T-1', ''])) }),
  ),
});

/**
 * Test-port scripts playing `plan`, each method cycling through its answers. Call it
 * once per run: the cycling counters start afresh, so a replayed run behaves the same.
 */
export function portScriptFor(plan: PortPlan): PortScript {
  return {
    nlu: { classify: cycle(plan.classify), sentiment: cycle(plan.sentiment) },
    llm: { complete: cycle(plan.complete) },
    knowledge: { search: cycle(plan.search) },
    lookup: { http: cycle(plan.http), table: cycle(plan.table) },
    action: { http: cycle(plan.action) },
    handoff: { request: cycle(plan.handoff) },
  };
}

function cycle<O>(list: Answers<O>): () => O {
  let calls = 0;
  return () => {
    const answer = list[calls++ % list.length];
    if (answer === undefined) throw new PortError('lookup', 'unavailable', 'no answer planned');
    if (answer instanceof Error) throw answer;
    return answer;
  };
}
