/**
 * The port contract suites of `@parley/engine` run against the in-memory test ports:
 * each port is scripted the way a faithful stand-in behaves, steered by the suite's
 * `control`. Real adapters (LLM, NLU, the runtime's HTTP and knowledge base) run the
 * same suites against their own backends.
 */
import {
  evaluateExpression,
  jsonSchema,
  PortError,
  type HandoffRequest,
  type HttpRequest,
  type HttpResponse,
  type Json,
  type JsonObject,
  type LlmCompleteInput,
  type LlmCompletion,
  type LlmMessage,
} from '@parley/engine';
import { contracts } from '@parley/engine/testing';
import { createTestPorts } from './test-ports';

type Behaviour<I, O> = (input: I) => O | Promise<O>;

const unscripted = (): never => {
  throw new Error('nothing scripted');
};

/** Rejects with a `timeout` once the caller's deadline passes, as adapters must. */
function timeoutAfter(port: 'llm' | 'lookup' | 'action', ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new PortError(port, 'timeout', `no answer within ${ms} ms`)), ms),
  );
}

function parseJson(text: string): Json | undefined {
  try {
    const parsed = jsonSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

contracts.describeLlmPortContract(
  'test ports',
  () => {
    let last: LlmMessage[] | undefined;
    let behave: Behaviour<LlmCompleteInput, LlmCompletion> = unscripted;
    const ports = createTestPorts({
      llm: {
        complete: (input) => {
          last = input.messages;
          return behave(input);
        },
      },
    });
    const control: contracts.LlmContractControl = {
      reply: (text) => {
        behave = (input) => {
          const json = input.jsonSchema === undefined ? undefined : parseJson(text);
          return json === undefined
            ? { text, finishReason: 'stop' }
            : { text, json, finishReason: 'stop' };
        };
      },
      fail: (how) => {
        behave = () => {
          throw new PortError('llm', how, `scripted ${how}`);
        };
      },
      hang: () => {
        behave = (input) => timeoutAfter('llm', input.timeoutMs);
      },
      lastMessages: () => last,
    };
    return Promise.resolve({ port: ports.llm, control });
  },
  { makeUnconfigured: () => Promise.resolve(createTestPorts().llm) },
);

/** A keyword NLU: enough to show the test ports can honour the NLU contract. */
contracts.describeNluPortContract('test ports', () => {
  let down = false;
  const keywords: Record<string, string> = { refund: 'refund', order: 'order_status' };
  const ports = createTestPorts({
    nlu: {
      classify: (input) => {
        if (down) throw new PortError('nlu', 'unavailable', 'scripted outage');
        const allowed = input.intents ?? Object.values(keywords);
        const hit = Object.entries(keywords).find(
          ([word, intent]) => input.text.includes(word) && allowed.includes(intent),
        );
        const at = input.text.search(/[\w.]+@[\w.]+/);
        const email = input.text.match(/[\w.]+@[\w.]+/)?.[0];
        return {
          intent: hit?.[1] ?? null,
          confidence: hit === undefined ? 0 : 0.9,
          ranking: hit === undefined ? [] : [{ intent: hit[1], confidence: 0.9 }],
          entities:
            email === undefined
              ? []
              : [{ entity: 'email', value: email, text: email, start: at, end: at + email.length }],
        };
      },
      sentiment: (input) => ({
        score: input.texts.some((text) => text.includes('love'))
          ? 0.8
          : input.texts.length === 0
            ? 0
            : -0.6,
      }),
    },
  });
  const control: contracts.NluContractControl = {
    locale: 'en',
    example: { text: 'where is my order', intent: 'order_status' },
    otherIntent: 'refund',
    entity: { text: 'write to ada@example.com', entity: 'email' },
    positive: 'I love it',
    negative: 'This is terrible',
    fail: () => {
      down = true;
    },
  };
  return Promise.resolve({ port: ports.nlu, control });
});

contracts.describeKnowledgePortContract('test ports', () => {
  let passages: { id: string; text: string; source?: string }[] = [];
  let down = false;
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const ports = createTestPorts({
    knowledge: {
      search: (input) => {
        if (down) throw new PortError('knowledge', 'unavailable', 'scripted outage');
        const query = words(input.query);
        const scored = passages.map((passage) => {
          const shared = [...words(passage.text)].filter((word) => query.has(word)).length;
          return {
            ...passage,
            score: query.size === 0 ? 0 : Math.min(1, shared / Math.min(query.size, 3)),
          };
        });
        return {
          passages: scored
            .filter((passage) => passage.score > 0 && passage.score >= input.minScore)
            .sort((a, b) => b.score - a.score)
            .slice(0, input.limit),
        };
      },
    },
  });
  const control: contracts.KnowledgeContractControl = {
    locale: 'en',
    seed: (seeded) => {
      passages = seeded;
      return Promise.resolve();
    },
    fail: () => {
      down = true;
    },
  };
  return Promise.resolve({ port: ports.knowledge, control });
});

/** A company service stand-in shared by the lookup and action doubles. */
function serviceDouble(port: 'lookup' | 'action') {
  const secret = { name: 'crm-key', value: 'sk-test-7f3a' };
  const received: contracts.ReceivedRequest[] = [];
  let answer: HttpResponse = { status: 200, body: null };
  let mode: 'answer' | 'unreachable' | 'hang' = 'answer';
  const send = (
    request: HttpRequest,
    extraHeaders: Record<string, string> = {},
  ): Promise<HttpResponse> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...request.headers, ...extraHeaders }))
      headers[name.toLowerCase()] = value;
    if (request.secretName !== undefined) {
      if (request.secretName !== secret.name)
        throw new PortError(port, 'not-configured', `no secret ${request.secretName}`);
      headers['authorization'] = `Bearer ${secret.value}`;
    }
    if (mode === 'unreachable') throw new PortError(port, 'unavailable', 'connection refused');
    received.push({ method: request.method, url: request.url, headers, body: request.body });
    if (mode === 'hang') return timeoutAfter(port, request.timeoutMs);
    return Promise.resolve(structuredClone(answer));
  };
  const control: contracts.HttpServiceControl = {
    url: (path) => `https://service.test${path}`,
    respond: (status, body) => {
      mode = 'answer';
      answer = { status, body };
    },
    unreachable: () => {
      mode = 'unreachable';
    },
    hang: () => {
      mode = 'hang';
    },
    received: () => received,
    secret,
  };
  return { send, control };
}

contracts.describeLookupPortContract('test ports', () => {
  const service = serviceDouble('lookup');
  const tables = new Map<string, JsonObject[]>();
  const ports = createTestPorts({
    lookup: {
      http: (request) => service.send(request),
      table: async (query) => {
        const rows = tables.get(query.table);
        if (rows === undefined)
          throw new PortError('lookup', 'not-configured', `no table ${query.table}`);
        const kept: JsonObject[] = [];
        for (const row of rows) {
          const keep =
            query.filter === undefined ||
            (await evaluateExpression(
              query.filter,
              { ...row, vars: query.vars },
              { now: () => 0 },
            ));
          if (keep === true) kept.push(row);
        }
        const key = query.sortBy;
        if (key !== undefined)
          kept.sort((a, b) => compare(a[key], b[key]) * (query.descending ? -1 : 1));
        return { rows: kept.slice(0, query.limit) };
      },
    },
  });
  const control: contracts.LookupContractControl = {
    ...service.control,
    seedTable: (table, rows) => {
      tables.set(table, rows);
      return Promise.resolve();
    },
  };
  return Promise.resolve({ port: ports.lookup, control });
});

contracts.describeActionPortContract('test ports', () => {
  const service = serviceDouble('action');
  const answered = new Map<string, HttpResponse>();
  const ports = createTestPorts({
    action: {
      http: async ({ idempotencyKey, ...request }) => {
        const earlier = answered.get(idempotencyKey);
        if (earlier !== undefined) return structuredClone(earlier);
        const response = await service.send(request, { 'Idempotency-Key': idempotencyKey });
        answered.set(idempotencyKey, response);
        return response;
      },
    },
  });
  return Promise.resolve({ port: ports.action, control: service.control });
});

contracts.describeHandoffPortContract('test ports', () => {
  const available = new Map<string, boolean>();
  let queued: HandoffRequest | undefined;
  let down = false;
  const ports = createTestPorts({
    handoff: {
      request: (input) => {
        if (down) throw new PortError('handoff', 'unavailable', 'scripted outage');
        if (available.get(input.queue) !== true) return { accepted: false };
        queued = input;
        return { accepted: true, ticketId: `ticket-${input.queue}` };
      },
    },
  });
  const control: contracts.HandoffContractControl = {
    setAgentsAvailable: (queue, yes) => {
      available.set(queue, yes);
    },
    lastQueued: () => queued,
    fail: () => {
      down = true;
    },
  };
  return Promise.resolve({ port: ports.handoff, control });
});

contracts.describeClockPortContract('test clock', () => {
  const { clock } = createTestPorts();
  return Promise.resolve({ port: clock, control: { advance: (ms: number) => clock.advance(ms) } });
});

function compare(a: Json | undefined, b: Json | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return JSON.stringify(a ?? null).localeCompare(JSON.stringify(b ?? null));
}
