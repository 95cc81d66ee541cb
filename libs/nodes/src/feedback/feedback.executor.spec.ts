import { runFlow, tinyBot, type NodeDataOf, type TinyBotOptions } from '@parley/testing';

function feedbackBot(data: Partial<NodeDataOf<'feedback'>> = {}, options: TinyBotOptions = {}) {
  return tinyBot((b) => {
    const rate = b.node('feedback', {
      question: 'How did we do?',
      variable: 'csat',
      thankYou: 'Thanks!',
      ...data,
    });
    b.chain(b.node('start'), rate, b.node('message', { text: 'After feedback' }), b.done());
  }, options);
}

describe('feedback executor', () => {
  it('asks with one button per star and stores the pressed rating', async () => {
    const run = await runFlow(feedbackBot(), [{ payload: '4', text: '4 ★' }]);
    expect(run.turns[0]?.messages[0]).toMatchObject({
      text: 'How did we do?',
      buttons: [1, 2, 3, 4, 5].map((n) => ({ label: `${n} ★`, payload: String(n) })),
    });
    expect(run.vars.csat).toBe(4);
    expect(run.last.texts).toEqual(['Thanks!', 'After feedback']);
  });

  it('offers 0–10 for NPS and thumbs in the conversation language', async () => {
    const nps = await runFlow(feedbackBot({ scale: 'nps' }), ['9']);
    expect(nps.turns[0]?.messages[0]).toMatchObject({
      buttons: expect.arrayContaining([
        { label: '0', payload: '0' },
        { label: '10', payload: '10' },
      ]),
    });
    expect(nps.vars.csat).toBe(9);
    const thumbs = await runFlow(feedbackBot({ scale: 'thumbs' }, { locales: ['zh-CN'] }), [
      '不满意',
    ]);
    expect(thumbs.turns[0]?.messages[0]).toMatchObject({
      buttons: [
        { label: '👍 满意', payload: 'up' },
        { label: '👎 不满意', payload: 'down' },
      ],
    });
    expect(thumbs.vars.csat).toBe('down');
  });

  it('asks once more after an unreadable rating, then moves on without one', async () => {
    const run = await runFlow(feedbackBot(), ['great', 'really great']);
    expect(run.turns[1]?.texts).toEqual(['Please pick 1 to 5 stars.', 'How did we do?']);
    expect(run.last.texts).toEqual(['After feedback']);
    expect(run.vars).not.toHaveProperty('csat');
  });

  it('asks for an optional comment before thanking', async () => {
    const bot = feedbackBot({
      askComment: true,
      commentPrompt: 'Tell us more?',
      commentVariable: 'comment',
    });
    const run = await runFlow(bot, ['5', 'Quick and friendly']);
    expect(run.vars).toMatchObject({ csat: 5, comment: 'Quick and friendly' });
    expect(run.turns[1]?.texts).toEqual(['Tell us more?']);
    expect(run.turns[1]?.messages[0]).toMatchObject({ quickReplies: [{ label: 'No, thanks' }] });
    expect(run.last.texts).toEqual(['Thanks!', 'After feedback']);
    const notes = run.trace.flatMap((entry) => (entry.type === 'step' ? entry.notes : []));
    expect(notes).toContain('Comment: Quick and friendly');
  });

  it('lets the customer skip the comment with the quick reply', async () => {
    const bot = feedbackBot({ askComment: true }, { locales: ['zh-CN'] });
    const first = await runFlow(bot, ['五星']);
    expect(first.last.texts).toEqual(['还有什么想告诉我们的吗？']);
    const skip = first.last.messages[0];
    const payload = skip?.type === 'text' ? skip.quickReplies?.[0]?.payload : undefined;
    expect(payload).toBeDefined();
    const run = await runFlow(bot, ['五星', { payload: payload ?? '' }]);
    expect(run.vars.csat).toBe(5);
    expect(run.vars).not.toHaveProperty('comment');
    expect(run.last.texts).toEqual(['Thanks!', 'After feedback']);
  });

  it('works without a variable or thank-you message', async () => {
    const bot = tinyBot((b) => {
      b.chain(
        b.node('start'),
        b.node('feedback', { question: 'Rate us' }),
        b.node('message', { text: 'Done' }),
        b.done(),
      );
    });
    const run = await runFlow(bot, ['3']);
    expect(run.last.texts).toEqual(['Done']);
  });
});
