import type { BotDocumentInput } from '@parley/flow';

/**
 * The document a new bot starts with when none is given: a greeting that waits
 * for the customer, so the first publish works before anything is drawn.
 */
export function starterDocument(name: string): BotDocumentInput {
  return {
    schemaVersion: 2,
    id: documentId(name),
    name,
    defaultLocale: 'en',
    locales: ['en'],
    variables: [{ name: 'reply', type: 'string', scope: 'conversation' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
          {
            id: 'greet',
            type: 'ask',
            position: { x: 0, y: 160 },
            data: { question: { en: 'Hello! How can I help you today?' }, variable: 'reply' },
          },
          {
            id: 'thanks',
            type: 'end',
            position: { x: 0, y: 320 },
            data: { status: 'resolved' },
          },
        ],
        edges: [
          { id: 'start-greet', source: 'start', sourceHandle: 'next', target: 'greet' },
          { id: 'greet-thanks', source: 'greet', sourceHandle: 'next', target: 'thanks' },
        ],
      },
    ],
  };
}

/** A document id from a bot name: `Order status` → `order-status` (ids are 1–64 of [A-Za-z0-9_-]). */
export function documentId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug || 'bot';
}
