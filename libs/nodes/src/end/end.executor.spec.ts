import { runFlow, tinyBot } from '@parley/testing';

describe('end executor', () => {
  it('says the goodbye and ends the conversation as resolved', async () => {
    const doc = tinyBot((b) => {
      b.chain(b.node('start'), b.node('end', { message: 'Bye {{ vars.name }}!' }));
    });
    const run = await runFlow(doc, ['anyone there?'], { vars: { name: 'Ada' } });
    expect(run.turns[0]?.texts).toEqual(['Bye Ada!', '[end resolved]']);
    expect(run.status).toBe('ended');
    expect(run.endStatus).toBe('resolved');
    // Later messages start nothing.
    expect(run.last.texts).toEqual([]);
  });

  it('marks the conversation unresolved, without a message when none is set', async () => {
    const doc = tinyBot((b) => {
      b.chain(b.node('start'), b.node('end', { status: 'unresolved' }));
    });
    const run = await runFlow(doc, []);
    expect(run.texts).toEqual(['[end unresolved]']);
    expect(run.endStatus).toBe('unresolved');
  });

  it("with ends: 'flow', returns to the calling flow instead of ending", async () => {
    const doc = tinyBot((b) => {
      const call = b.node('subflow', { flowId: 'inner' });
      b.chain(b.node('start'), call, b.node('message', { text: 'Back in main' }), b.done());
      b.flow('inner', (f) => {
        f.chain(
          f.node('start'),
          f.node('end', { ends: 'flow', status: 'unresolved', message: 'Leaving inner' }),
        );
      });
    });
    const run = await runFlow(doc, []);
    expect(run.texts).toEqual(['Leaving inner', 'Back in main']);
    expect(run.status).not.toBe('ended');
    expect(run.endStatus).toBeUndefined();
  });

  it("with ends: 'conversation' inside a called flow, ends everything", async () => {
    const doc = tinyBot((b) => {
      b.chain(
        b.node('start'),
        b.node('subflow', { flowId: 'inner' }),
        b.node('message', { text: 'Not reached' }),
      );
      b.flow('inner', (f) => {
        f.chain(f.node('start'), f.node('end', {}));
      });
    });
    const run = await runFlow(doc, []);
    expect(run.texts).toEqual(['[end resolved]']);
    expect(run.status).toBe('ended');
  });
});
