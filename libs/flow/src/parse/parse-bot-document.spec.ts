import { botSettingsSchema } from '../document/settings.schema';
import { sampleBot } from '../testing/sample-bot';
import { parseBotDocument } from './parse-bot-document';
import { MAX_DOCUMENT_DEPTH } from './unsafe-structure.scan';

function problemsOf(raw: unknown) {
  const result = parseBotDocument(raw);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

describe('parseBotDocument', () => {
  it('parses a current document and fills in defaults', () => {
    const bot = sampleBot();
    delete bot.settings;
    const result = parseBotDocument(bot);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(2);
    expect(result.doc.settings).toEqual(botSettingsSchema.parse({}));
    expect(result.doc.flows[1]?.parameters[0]?.required).toBe(true);
  });

  it('turns each zod issue into an invalid-document problem located by ids', () => {
    const bot = sampleBot();
    Object.assign(bot.flows[0]?.nodes[1]?.position ?? {}, { x: 'left' });
    Object.assign(bot.flows[0]?.edges[2] ?? {}, { target: '' });
    delete (bot as { name?: string }).name;
    expect(problemsOf(bot)).toEqual([
      {
        code: 'invalid-document',
        severity: 'error',
        path: ['name'],
        message: 'Field name: missing; it should be a string.',
      },
      {
        code: 'invalid-document',
        severity: 'error',
        flowId: 'main',
        nodeId: 'welcome',
        path: ['flows', 0, 'nodes', 1, 'position', 'x'],
        message:
          'Flow "main", node "welcome", field position.x: Invalid input: expected number, received string.',
      },
      {
        code: 'invalid-document',
        severity: 'error',
        flowId: 'main',
        edgeId: 'classify-track_order-ask-order',
        path: ['flows', 0, 'edges', 2, 'target'],
        message: expect.stringMatching(
          /^Flow "main", edge "classify-track_order-ask-order", field target: must be 1–64/,
        ),
      },
    ]);
  });

  it('explains a union mismatch by the types it accepts', () => {
    const bot = sampleBot();
    Object.assign(bot, { settings: { fallbackMessage: 42 } });
    expect(problemsOf(bot)).toEqual([
      expect.objectContaining({
        path: ['settings', 'fallbackMessage'],
        message: 'Field settings.fallbackMessage: Invalid input: expected string or object.',
      }),
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'rejects %s as a key, wherever it is',
    (key) => {
      const text = JSON.stringify(sampleBot()).replace(
        '"data":{}',
        `"data":{"${key}":{"polluted":true}}`,
      );
      const problems = problemsOf(JSON.parse(text));
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'invalid-document',
          path: ['flows', 0, 'nodes', 0, 'data', key],
        }),
      ]);
      expect(problems[0]?.message).toContain(`"${key}" cannot be used as a key`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('rejects nesting deeper than any real document without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const bot = { ...sampleBot(), variables: [{ name: 'deep', type: 'list', default: deep }] };
    const problems = problemsOf(bot);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid-document' });
    expect(problems[0]?.path).toHaveLength(MAX_DOCUMENT_DEPTH);
  });

  it('reads a document that references the same object twice, and one that references itself', () => {
    const shared = { x: 1, y: 2 };
    const bot = sampleBot();
    const nodes = bot.flows[0]?.nodes ?? [];
    if (nodes[0] !== undefined) nodes[0].position = shared;
    if (nodes[1] !== undefined) nodes[1].position = shared;
    expect(parseBotDocument(bot).ok).toBe(true);
    const loop: Record<string, unknown> = { schemaVersion: 2 };
    loop.self = loop;
    expect(() => parseBotDocument(loop)).not.toThrow();
  });

  it('does not mutate the document it is given', () => {
    const bot = sampleBot();
    const snapshot = structuredClone(bot);
    parseBotDocument(bot);
    expect(bot).toEqual(snapshot);
  });
});
