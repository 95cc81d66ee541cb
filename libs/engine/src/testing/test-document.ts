import { botDocumentSchema, type BotDocument, type BotDocumentInput } from '@parley/flow';

/** A node as tests write it: `[id, kind, settings?]`. */
export type TestNode = [id: string, kind: string, data?: Record<string, unknown>];
/** An edge as tests write it: `[source, outcome, target]`. */
export type TestEdge = [source: string, outcome: string, target: string];

export interface TestFlow {
  id: string;
  nodes: TestNode[];
  edges?: TestEdge[];
  parameters?: string[];
  returns?: string[];
}

/**
 * A valid bot document from compact flows (the first is the main flow). Extra document
 * fields (variables, settings, locales…) can be passed in `extra`.
 */
export function testDocument(
  flows: TestFlow[],
  extra: Partial<BotDocumentInput> = {},
): BotDocument {
  return botDocumentSchema.parse({
    schemaVersion: 2,
    id: 'test-bot',
    name: 'Test bot',
    defaultLocale: 'en',
    locales: ['en'],
    ...extra,
    flows: flows.map((flow) => ({
      id: flow.id,
      name: flow.id,
      parameters: (flow.parameters ?? []).map((name) => ({ name, type: 'string' })),
      returns: (flow.returns ?? []).map((name) => ({ name, type: 'string' })),
      nodes: flow.nodes.map(([id, type, data]) => ({
        id,
        type,
        position: { x: 0, y: 0 },
        data: data ?? {},
      })),
      edges: (flow.edges ?? []).map(([source, sourceHandle, target], index) => ({
        id: `${flow.id}-e${index}`,
        source,
        sourceHandle,
        target,
      })),
    })),
  });
}
