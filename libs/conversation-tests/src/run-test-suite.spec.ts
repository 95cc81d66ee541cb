import { parseBotDocument, validateBot, type BotDocument } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { runTestSuite } from './run-test-suite';
import { anaTest, greeterBot, strangerTest } from './testing/greeter-bot';

function parsed(raw: unknown): BotDocument {
  const result = parseBotDocument(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

describe('runTestSuite', () => {
  it('runs stored tests, names where a failure diverged, and counts coverage by flow and node', async () => {
    const raw = greeterBot([strangerTest, anaTest]);
    expect(validateBot(raw, nodeCatalog).filter((p) => p.severity === 'error')).toEqual([]);
    const result = await runTestSuite(parsed(raw));
    expect(result.summary).toMatchObject({ total: 2, passed: 1, failed: 1 });
    const [stranger, ana] = result.tests;
    expect(stranger).toMatchObject({ name: 'greets a stranger', passed: true });
    expect(stranger?.turns.map((t) => t.index)).toEqual([0, 1]);
    expect(ana?.failure).toEqual({
      turn: 0,
      field: 'message',
      expected: 'Hello, Ana.',
      actual: 'Welcome back, Ana!',
      message: expect.stringContaining('message 1: the text differs'),
      nodeId: 'vip-hello',
      flowId: 'main',
    });
    expect(result.coverage).toMatchObject({ covered: 6, total: 6, missing: [] });
  });

  it('runs only the named tests; coverage then shows what they leave out', async () => {
    const result = await runTestSuite(parsed(greeterBot([strangerTest, anaTest])), {
      names: ['greets a stranger'],
    });
    expect(result.tests.map((t) => t.name)).toEqual(['greets a stranger']);
    const [flow] = result.coverage.flows;
    expect(flow).toMatchObject({ flowId: 'main', covered: 4, total: 6 });
    expect(flow?.nodes.check).toEqual({ visited: true, outcomes: { vip: false, else: true } });
    expect(flow?.nodes['vip-hello']).toEqual({ visited: false, outcomes: { next: false } });
    expect(flow?.nodes.done).toEqual({ visited: true, outcomes: {} });
  });

  it('fails a stored test whose port script the engine would not accept, without running it', async () => {
    const bad = {
      name: 'bad ports',
      turns: [{ say: 'x', ports: { lookup: { http: { status: 'ok' } } } }],
    };
    const result = await runTestSuite(parsed(greeterBot([bad])));
    expect(result.tests[0]).toMatchObject({
      passed: false,
      failure: {
        turn: 0,
        field: 'error',
        message: expect.stringContaining('turns.0.ports.lookup.http'),
      },
    });
  });
});
