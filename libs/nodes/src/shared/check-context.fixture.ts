import { botDocumentSchema, type BotDocumentInput, type NodeCheckContext } from '@parley/flow';

/**
 * A `NodeCheckContext` over a small valid bot (one flow, `main`), for specs of kind
 * checks. `doc` overrides top-level sections (flows, intents, entities...).
 */
export function checkContextFixture(doc: Partial<BotDocumentInput> = {}): NodeCheckContext {
  const parsed = botDocumentSchema.parse({
    schemaVersion: 2,
    id: 'bot',
    name: 'Test bot',
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    flows: [{ id: 'main', name: 'Main', nodes: [], edges: [] }],
    ...doc,
  });
  const flow = parsed.flows[0];
  if (flow === undefined) throw new Error('the fixture needs a flow');
  return {
    doc: parsed,
    flow,
    node: { id: 'node-1', type: 'test', position: { x: 0, y: 0 }, data: {} },
  };
}
