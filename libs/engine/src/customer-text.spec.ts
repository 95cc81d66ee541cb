import { converse, createFakePorts, testDocument, testExecutors, textsOf } from './testing';

describe('customer text is data', () => {
  it('stores and echoes {{ }} and JSONata typed by a customer literally', async () => {
    const doc = testDocument(
      [
        {
          id: 'main',
          nodes: [
            ['s', 'start'],
            ['ask', 'waitFor', { variable: 'said' }],
            ['echo', 'say', { text: 'You said: {{ vars.said }} / {{ input.text }}' }],
            ['again', 'waitFor'],
          ],
          edges: [
            ['s', 'next', 'ask'],
            ['ask', 'next', 'echo'],
            ['echo', 'next', 'again'],
          ],
        },
      ],
      {
        variables: [
          { name: 'secret', type: 'string', default: 'hunter2' },
          { name: 'said', type: 'string' },
        ],
      },
    );
    const typed = '{{ vars.secret }} $eval("vars.secret") & vars.secret';
    const results = await converse(doc, [{ type: 'start' }, { type: 'text', text: typed }], {
      executors: testExecutors,
      ports: createFakePorts(),
    });
    expect(results[1]!.state.vars.said).toBe(typed);
    expect(textsOf([results[1]!])).toEqual([`You said: ${typed} / ${typed}`]);
    expect(JSON.stringify(results[1]!.messages)).not.toContain('hunter2');
  });
});
