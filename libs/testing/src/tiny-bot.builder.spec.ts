import { tinyBot } from './tiny-bot.builder';

describe('tinyBot', () => {
  it('builds a valid document whose own flow is the main flow', () => {
    const doc = tinyBot((b) => {
      const start = b.node('start');
      const ask = b.node('ask', { question: 'Name?', variable: 'name' });
      const bad = b.node('message', { text: 'Sorry' }, 'sorry');
      b.chain(start, ask, b.done());
      b.edge(ask, bad, 'invalid');
      b.variable('name', { default: 'friend' });
    });
    expect(doc.flows.map((flow) => flow.id)).toEqual(['main']);
    const [main] = doc.flows;
    expect(main?.nodes.map((node) => [node.id, node.type])).toEqual([
      ['start1', 'start'],
      ['ask1', 'ask'],
      ['sorry', 'message'],
      ['end1', 'end'],
    ]);
    expect(main?.nodes.find((node) => node.id === 'end1')?.data).toEqual({ ends: 'flow' });
    expect(
      main?.edges.map((edge) => `${edge.source}-${edge.sourceHandle}->${edge.target}`),
    ).toEqual(['start1-next->ask1', 'ask1-next->end1', 'ask1-invalid->sorry']);
    expect(doc.variables).toEqual([
      { name: 'name', type: 'string', scope: 'conversation', default: 'friend' },
    ]);
    expect(doc).toMatchObject({ defaultLocale: 'en', locales: ['en'], schemaVersion: 2 });
  });

  it('adds callable flows with parameters and returns, numbering node ids across the bot', () => {
    const doc = tinyBot(
      (b) => {
        b.chain(
          b.node('start'),
          b.node('subflow', { flowId: 'sub', parameters: { n: '1' } }),
          b.done(),
        );
        b.flow('sub', (f) => f.chain(f.node('start'), f.done()), {
          parameters: ['n'],
          returns: [{ name: 'out', type: 'number' }],
        });
      },
      { locales: ['zh-CN', 'en'] },
    );
    const sub = doc.flows[1];
    expect(sub?.nodes.map((node) => node.id)).toEqual(['start2', 'end2']);
    expect(sub?.parameters).toEqual([{ name: 'n', type: 'string', required: true }]);
    expect(sub?.returns).toEqual([{ name: 'out', type: 'number', required: true }]);
    expect(doc.defaultLocale).toBe('zh-CN');
  });

  it('rejects what the document schema rejects', () => {
    expect(() => tinyBot((b) => void b.node('start', {}, 'not a valid id!'))).toThrow();
  });
});
