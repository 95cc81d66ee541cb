import { runFlow, tinyBot } from '@parley/testing';

describe('start executor', () => {
  it('takes next straight away', async () => {
    const doc = tinyBot((b) => {
      b.chain(b.node('start'), b.node('message', { text: 'Hi' }), b.done());
    });
    const run = await runFlow(doc, []);
    expect(run.texts).toEqual(['Hi']);
    expect(run.trace).toContainEqual(
      expect.objectContaining({ type: 'step', nodeId: 'start1', outcome: 'next' }),
    );
  });
});
