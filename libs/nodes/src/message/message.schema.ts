import { idSchema } from '@parley/flow';
import { z } from 'zod';
import { buttonListSchema } from '../shared/button.schema';
import { dynamicItemsSchema } from '../shared/dynamic-items.schema';
import { templateSchema } from '../shared/template.schema';
import { uniqueBy } from '../shared/unique-by.refinement';

const imageSchema = z.object({
  url: templateSchema.meta({ label: { en: 'Image URL', zh: '图片地址' }, widget: 'template' }),
  alt: templateSchema.optional().meta({
    label: { en: 'Description', zh: '图片说明' },
    widget: 'template',
    help: { en: 'Read aloud by screen readers', zh: '供读屏软件朗读' },
  }),
});

const cardSchema = z.object({
  id: idSchema.meta({ label: { en: 'Id', zh: '编号' }, widget: 'text' }),
  title: templateSchema.meta({ label: { en: 'Title', zh: '标题' }, widget: 'template' }),
  subtitle: templateSchema
    .optional()
    .meta({ label: { en: 'Subtitle', zh: '副标题' }, widget: 'template' }),
  imageUrl: templateSchema
    .optional()
    .meta({ label: { en: 'Image URL', zh: '图片地址' }, widget: 'template' }),
  buttons: buttonListSchema
    .default([])
    .meta({ label: { en: 'Buttons', zh: '按钮' }, widget: 'list' }),
});

/**
 * Settings of the message node: text, images, buttons (fixed or built from a list)
 * and cards (one card, or a carousel of several). At least one of them is required.
 */
export const messageSettingsSchema = z
  .object({
    text: templateSchema.optional().meta({ label: { en: 'Text', zh: '文本' }, widget: 'template' }),
    images: z
      .array(imageSchema)
      .max(10)
      .default([])
      .meta({ label: { en: 'Images', zh: '图片' }, widget: 'list' }),
    buttons: buttonListSchema
      .default([])
      .meta({ label: { en: 'Buttons', zh: '按钮' }, widget: 'list' }),
    buttonsFrom: dynamicItemsSchema.optional().meta({
      label: { en: 'Buttons from a list', zh: '由列表生成按钮' },
      help: { en: 'One button per item of a list variable', zh: '列表变量中每项生成一个按钮' },
      section: 'advanced',
    }),
    buttonStyle: z
      .enum(['buttons', 'quick-replies'])
      .default('buttons')
      .meta({
        label: { en: 'Button style', zh: '按钮样式' },
        widget: 'select',
        help: {
          en: 'Quick replies disappear once the customer answers',
          zh: '快捷回复在客户回答后消失',
        },
      }),
    cards: z
      .array(cardSchema)
      .max(10)
      .superRefine(uniqueBy('id', 'Card id'))
      .default([])
      .meta({
        label: { en: 'Cards', zh: '卡片' },
        widget: 'list',
        help: { en: 'Several cards are shown as a carousel', zh: '多张卡片以轮播方式展示' },
      }),
  })
  .refine(
    (s) =>
      s.text !== undefined ||
      s.images.length > 0 ||
      s.buttons.length > 0 ||
      s.buttonsFrom !== undefined ||
      s.cards.length > 0,
    { message: 'A message needs text, an image, buttons or a card', path: ['text'] },
  );
export type MessageSettings = z.infer<typeof messageSettingsSchema>;
