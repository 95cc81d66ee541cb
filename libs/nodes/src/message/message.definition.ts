import { defineNode, type UiLocale } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { quoted, templatePreview } from '../shared/template-preview';
import { messageSettingsSchema, type MessageSettings } from './message.schema';

/** Sends text, images, buttons or cards, then goes on without waiting. */
export const messageDefinition = defineNode({
  kind: 'message',
  label: { en: 'Message', zh: '消息' },
  description: { en: 'Send text, images, buttons or cards', zh: '发送文字、图片、按钮或卡片' },
  icon: 'message-square',
  category: 'messages',
  color: '#3b82f6',
  settingsSchema: messageSettingsSchema,
  outcomes: () => ['next'],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => messageSummary(settings, locale),
  defaults: (locale = 'en') => ({
    text: locale === 'zh' ? '您好！有什么可以帮您？' : 'Hello! How can I help?',
  }),
});

/** The text (quoted), then what else the message carries: `"Hi" + 2 buttons`. */
function messageSummary(settings: MessageSettings, locale: UiLocale): string {
  const zh = locale === 'zh';
  const parts: string[] = [];
  if (settings.text !== undefined)
    parts.push(quoted(templatePreview(settings.text, locale), locale));
  const count = (n: number, en: string, cn: string): void => {
    if (n > 0) parts.push(zh ? `${n} ${cn}` : `${n} ${en}${n === 1 ? '' : 's'}`);
  };
  count(settings.images.length, 'image', '张图片');
  count(settings.buttons.length, 'button', '个按钮');
  if (settings.buttonsFrom !== undefined) parts.push(zh ? '列表按钮' : 'buttons from a list');
  if (settings.cards.length > 1)
    parts.push(zh ? `${settings.cards.length} 张卡片轮播` : `carousel of ${settings.cards.length}`);
  else count(settings.cards.length, 'card', '张卡片');
  return parts.join(' + ');
}
