import { runFlow, tinyBot } from '@parley/testing';

describe('jump executor', () => {
  const doc = tinyBot((b) => {
    const before = b.node('message', { text: 'Before the jump' });
    b.chain(b.node('start'), before, b.node('jump', { flowId: 'billing' }));
    b.flow('billing', (f) => {
      f.chain(
        f.node('start'),
        f.node('message', { text: 'Billing here' }),
        f.node('end', { ends: 'flow' }),
      );
    });
  });

  it("continues at the other flow's start", async () => {
    const run = await runFlow(doc, []);
    expect(run.texts).toEqual(['Before the jump', 'Billing here']);
    expect(run.path).toEqual(['start1', 'message1', 'jump1', 'start2', 'message2', 'end1']);
  });

  it('replaces the current frame instead of stacking a call', async () => {
    const asking = tinyBot((b) => {
      b.chain(b.node('start'), b.node('jump', { flowId: 'survey' }));
      b.flow('survey', (f) => {
        f.chain(f.node('start'), f.node('ask', { question: 'Rate us?', variable: 'rating' }));
      });
    });
    const run = await runFlow(asking, []);
    expect(run.status).toBe('waiting');
    expect(run.state.stack).toEqual([{ flowId: 'survey', nodeId: 'ask1' }]);
  });

  it('takes the fallback when the flow does not exist', async () => {
    const broken = tinyBot((b) => {
      b.chain(b.node('start'), b.node('jump', { flowId: 'nowhere' }));
    });
    const run = await runFlow(broken, []);
    expect(run.texts).toEqual(["Sorry, I didn't get that."]);
    expect(run.status).toBe('idle');
  });
});
