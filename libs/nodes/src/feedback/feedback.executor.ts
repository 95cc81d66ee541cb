import {
  defineExecutor,
  type InboundEvent,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import { z } from 'zod';
import { byLanguage } from '../shared/answer-text';
import { errorReason } from '../shared/error-reason';
import { parseRating, ratingButtons } from '../shared/rating-answer.parser';
import { feedbackSettingsSchema, type FeedbackSettings } from './feedback.schema';

/** Invalid ratings accepted before the node gives up and moves on without one. */
const MAX_RATING_TRIES = 2;
/** Payload of the quick reply that skips the comment. */
const SKIP_COMMENT = 'feedback:skip-comment';

const feedbackStateSchema = z.object({
  phase: z.enum(['rating', 'comment']),
  tries: z.number().int().min(0),
});
type FeedbackState = z.infer<typeof feedbackStateSchema>;
type FeedbackContext = NodeContext<FeedbackSettings>;

/**
 * Runs a feedback node: asks for a rating with one button per step of the scale,
 * stores it in `variable` (a number, or `'up'`/`'down'` for thumbs), optionally asks
 * for a comment (skippable), says `thankYou` and takes `next`. A rating it cannot
 * read is asked once more; after that the node moves on without one, because
 * feedback must never trap a customer. The comment goes to `commentVariable` (and
 * the trace); it is data, never rendered as a template.
 */
export const feedbackExecutor = defineExecutor(feedbackSettingsSchema, {
  run: (ctx) => askRating(ctx, 0),
  resume: async (ctx, event): Promise<NodeResult> => {
    const state = feedbackStateSchema.safeParse(ctx.nodeState);
    if (!state.success) return askRating(ctx, 0);
    try {
      return await handleEvent(ctx, event, state.data);
    } catch (error) {
      return { type: 'error', reason: `The feedback could not be recorded: ${errorReason(error)}` };
    }
  },
});

async function handleEvent(
  ctx: FeedbackContext,
  event: InboundEvent,
  state: FeedbackState,
): Promise<NodeResult> {
  const input = ctx.input;
  if (event.type === 'timer' || input === undefined) return { type: 'wait', nodeState: state };
  ctx.consumeInput();
  if (state.phase === 'comment') {
    const comment = input.payload === SKIP_COMMENT ? '' : (input.text ?? '').trim();
    ctx.note(comment === '' ? 'No comment' : `Comment: ${comment}`);
    if (comment !== '' && ctx.settings.commentVariable !== undefined)
      ctx.setVar(ctx.settings.commentVariable, comment);
    return finish(ctx);
  }
  const rating = parseRating(ctx.settings.scale, input);
  if (rating === undefined) {
    const tries = state.tries + 1;
    ctx.note(`Unreadable rating, try ${tries} of ${MAX_RATING_TRIES}`);
    if (tries >= MAX_RATING_TRIES) return { type: 'outcome', outcome: 'next' };
    ctx.say({ type: 'text', text: retryText(ctx) });
    return askRating(ctx, tries);
  }
  if (ctx.settings.variable !== undefined) ctx.setVar(ctx.settings.variable, rating);
  if (!ctx.settings.askComment) return finish(ctx);
  const prompt =
    ctx.settings.commentPrompt === undefined
      ? byLanguage(ctx.locale, {
          en: 'Anything you would like to add?',
          zh: '还有什么想告诉我们的吗？',
        })
      : await ctx.render(ctx.settings.commentPrompt);
  const skip = {
    label: byLanguage(ctx.locale, { en: 'No, thanks', zh: '不用了' }),
    payload: SKIP_COMMENT,
  };
  ctx.say({ type: 'text', text: prompt, quickReplies: [skip] });
  return { type: 'wait', nodeState: { phase: 'comment', tries: 0 } };
}

async function askRating(ctx: FeedbackContext, tries: number): Promise<NodeResult> {
  const text = await ctx.render(ctx.settings.question);
  ctx.say({ type: 'text', text, buttons: ratingButtons(ctx.settings.scale, ctx.locale) });
  return { type: 'wait', nodeState: { phase: 'rating', tries } };
}

async function finish(ctx: FeedbackContext): Promise<NodeResult> {
  if (ctx.settings.thankYou !== undefined)
    ctx.say({ type: 'text', text: await ctx.render(ctx.settings.thankYou) });
  return { type: 'outcome', outcome: 'next' };
}

function retryText(ctx: FeedbackContext): string {
  switch (ctx.settings.scale) {
    case 'stars':
      return byLanguage(ctx.locale, { en: 'Please pick 1 to 5 stars.', zh: '请选择 1 到 5 星。' });
    case 'nps':
      return byLanguage(ctx.locale, {
        en: 'Please pick a number from 0 to 10.',
        zh: '请选择 0 到 10 之间的数字。',
      });
    case 'thumbs':
      return byLanguage(ctx.locale, { en: 'Please tap 👍 or 👎.', zh: '请点击 👍 或 👎。' });
  }
}
