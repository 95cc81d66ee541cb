import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBotDocument, type BotDocument } from '@parley/flow';
import { conversationTestSchema, type ConversationTest } from './conversation-test.schema';
import { runConversationTest } from './conversation-test.runner';

const repoRoot = join(__dirname, '..', '..', '..');

function orderStatusBot(): BotDocument {
  const parsed = parseBotDocument(
    JSON.parse(readFileSync(join(repoRoot, 'examples/bots/order-status.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.doc;
}

const doc = orderStatusBot();
const test = (raw: unknown): ConversationTest => conversationTestSchema.parse(raw);
const found = (status: string) => ({
  lookup: { http: { status: 200, body: { status, estimatedDelivery: '2026-01-16' } } },
});

describe('runConversationTest', () => {
  it('passes a test whose expectations hold, pressing buttons with their labels', async () => {
    const report = await runConversationTest(
      doc,
      test({
        name: 'ok',
        turns: [
          { say: 'AB123456', ports: found('processing') },
          { press: 'done', expect: { node: 'feedback' } },
        ],
      }),
    );
    expect(report.passed).toBe(true);
    expect(report.turns[1]?.record?.event).toEqual({
      type: 'button',
      payload: 'done',
      text: "No, that's all",
    });
  });

  it('names the decision that went another way when the expected node is not reached', async () => {
    const report = await runConversationTest(
      doc,
      test({
        name: 'n',
        turns: [
          { say: 'AB123456', ports: found('processing'), expect: { node: 'status-unknown' } },
        ],
      }),
    );
    expect(report.passed).toBe(false);
    expect(report.turns[0]?.failures).toEqual([
      {
        kind: 'node',
        expected: 'status-unknown',
        actual: 'anything-else',
        path: [
          'ask-order',
          'normalise-order',
          'find-order',
          'route-status',
          'say-processing',
          'anything-else',
        ],
        detail: 'it took "processing"; "status-unknown" is behind "else"',
        at: { flowId: 'main', nodeId: 'route-status', kind: 'condition' },
      },
    ]);
  });

  it('points a wrong variable at the node that set it, and stops at the first failing turn', async () => {
    const report = await runConversationTest(
      doc,
      test({
        name: 'v',
        turns: [
          { say: 'AB123456', ports: found('processing'), expect: { vars: { status: 'shipped' } } },
          { press: 'done', expect: { node: 'feedback' } },
        ],
      }),
    );
    expect(report.turns).toHaveLength(1);
    expect(report.turns[0]?.failures).toEqual([
      {
        kind: 'vars',
        name: 'status',
        expected: 'shipped',
        actual: 'processing',
        at: { flowId: 'main', nodeId: 'find-order', kind: 'lookup' },
      },
    ]);
  });

  it('fails a turn whose scripted port answers were not all used', async () => {
    const report = await runConversationTest(
      doc,
      test({
        name: 'p',
        turns: [{ say: 'nope', ports: { lookup: { http: [{ status: 404 }, { status: 404 }] } } }],
      }),
    );
    expect(report.turns[0]?.failures).toEqual([
      {
        kind: 'ports',
        message: 'lookup.http was scripted but the bot never called it',
        at: undefined,
      },
    ]);
  });

  it('reports missing and extra messages at the node where the turn stopped or spoke', async () => {
    const missing = await runConversationTest(
      doc,
      test({ name: 'm', turns: [{ expect: { messages: ['a', 'b', 'c'] } }] }),
    );
    const failure = missing.turns[0]?.failures[0];
    expect(failure).toMatchObject({
      kind: 'message',
      index: 0,
      reason: 'the text differs',
      at: { nodeId: 'greet' },
    });
    const extra = await runConversationTest(
      doc,
      test({
        name: 'e',
        turns: [{ say: 'x', expect: { messages: [{ contains: 'order number' }] } }],
      }),
    );
    expect(extra.turns[0]?.failures[0]).toMatchObject({
      kind: 'message',
      index: 1,
      reason: 'an extra message',
      at: { nodeId: 'ask-order' },
    });
  });

  it('checks ended and handed-off states, and refuses a timer that is not pending', async () => {
    const report = await runConversationTest(
      doc,
      test({
        name: 'h',
        turns: [
          { say: 'AB123456', ports: found('processing'), expect: { ended: true, handedOff: true } },
        ],
      }),
    );
    expect(report.turns[0]?.failures.map((f) => f.kind)).toEqual(['ended', 'handedOff']);
    const timer = await runConversationTest(
      doc,
      test({ name: 't', turns: [{ timer: 'timeout' }] }),
    );
    expect(timer.turns[0]?.failures).toEqual([
      { kind: 'error', message: 'no timer "timeout" is pending (pending: none)', at: undefined },
    ]);
  });
});
