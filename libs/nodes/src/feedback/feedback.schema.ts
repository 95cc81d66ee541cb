import { z } from 'zod';
import { variableRefSchema } from '../shared/reference.schema';
import { templateSchema } from '../shared/template.schema';

/**
 * Settings of the feedback node: a rating question (stars 1–5, thumbs up/down or
 * NPS 0–10), optionally followed by a comment.
 */
export const feedbackSettingsSchema = z.object({
  question: templateSchema.meta({ label: { en: 'Question', zh: '问题' }, widget: 'template' }),
  scale: z
    .enum(['stars', 'thumbs', 'nps'])
    .default('stars')
    .meta({
      label: { en: 'Scale', zh: '评分方式' },
      widget: 'select',
      help: {
        en: 'Stars 1–5, thumbs up/down, or NPS 0–10',
        zh: '星级 1–5、点赞/点踩，或 NPS 0–10',
      },
    }),
  askComment: z
    .boolean()
    .default(false)
    .meta({ label: { en: 'Ask for a comment', zh: '请客户留言' }, widget: 'switch' }),
  commentPrompt: templateSchema.optional().meta({
    label: { en: 'Comment prompt', zh: '留言提示' },
    widget: 'template',
  }),
  thankYou: templateSchema
    .optional()
    .meta({ label: { en: 'Thank-you message', zh: '感谢语' }, widget: 'template' }),
  variable: variableRefSchema
    .optional()
    .meta({ label: { en: 'Save rating in', zh: '评分存入' }, widget: 'variable' }),
  commentVariable: variableRefSchema.optional().meta({
    label: { en: 'Save comment in', zh: '留言存入' },
    widget: 'variable',
  }),
});
export type FeedbackSettings = z.infer<typeof feedbackSettingsSchema>;
