/**
 * A bot with six outcomes that have an edge, counted by hand for coverage checks:
 * start→next, ask-name→next, check→vip, check→else, vip-hello→next, hello→next.
 * "Ana" takes the vip branch; anyone else the else branch.
 */
export function greeterBot(tests: unknown[] = []): Record<string, unknown> {
  const at = (y: number) => ({ x: 0, y });
  return {
    schemaVersion: 2,
    id: 'greeter',
    name: 'Greeter',
    defaultLocale: 'en',
    locales: ['en'],
    variables: [{ name: 'name', type: 'string', scope: 'conversation' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: at(0), data: {} },
          {
            id: 'ask-name',
            type: 'ask',
            position: at(100),
            data: { question: { en: 'What is your name?' }, variable: 'name' },
          },
          {
            id: 'check',
            type: 'condition',
            position: at(200),
            data: { branches: [{ id: 'vip', label: 'VIP', when: 'vars.name = "Ana"' }] },
          },
          {
            id: 'vip-hello',
            type: 'message',
            position: at(300),
            data: { text: { en: 'Welcome back, {{ vars.name }}!' } },
          },
          {
            id: 'hello',
            type: 'message',
            position: at(300),
            data: { text: { en: 'Hello, {{ vars.name }}.' } },
          },
          { id: 'done', type: 'end', position: at(400), data: { status: 'resolved' } },
        ],
        edges: [
          { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask-name' },
          { id: 'e2', source: 'ask-name', sourceHandle: 'next', target: 'check' },
          { id: 'e3', source: 'check', sourceHandle: 'vip', target: 'vip-hello' },
          { id: 'e4', source: 'check', sourceHandle: 'else', target: 'hello' },
          { id: 'e5', source: 'vip-hello', sourceHandle: 'next', target: 'done' },
          { id: 'e6', source: 'hello', sourceHandle: 'next', target: 'done' },
        ],
      },
    ],
    tests,
  };
}

/** Passes: a stranger is greeted by the else branch, and the conversation ends resolved. */
export const strangerTest = {
  name: 'greets a stranger',
  turns: [
    { expect: { messages: ['What is your name?'], node: 'ask-name' } },
    { say: 'Bo', expect: { messages: ['Hello, Bo.'], ended: 'resolved' } },
  ],
};

/** Fails: it expects the plain greeting, but "Ana" takes the vip branch. */
export const anaTest = {
  name: 'greets Ana like anyone',
  turns: [{ say: 'Ana', expect: { messages: ['Hello, Ana.'] } }],
};
