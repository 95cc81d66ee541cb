import {
  defineExecutor,
  type Card,
  type MessageButton,
  type MessageContent,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import type { ButtonList } from '../shared/button.schema';
import { evaluateDynamicItems } from '../shared/dynamic-items.evaluator';
import { errorReason } from '../shared/error-reason';
import { messageSettingsSchema, type MessageSettings } from './message.schema';

/** Buttons one message carries at most, fixed and list-built together. */
const MAX_BUTTONS = 20;

/**
 * Runs a message node. Says, in this order: the text (rendered for the
 * conversation's locale) carrying the buttons, as buttons or quick replies per
 * `buttonStyle`; each image; then one card as `card` or several as a `carousel`.
 * `buttonsFrom` adds one button per list item after the fixed ones. Buttons without
 * text travel on a text message with empty text. A template or list expression that
 * fails gives `error` and nothing is said.
 */
export const messageExecutor = defineExecutor(messageSettingsSchema, {
  run: async (ctx): Promise<NodeResult> => {
    let messages: MessageContent[];
    try {
      messages = await composeMessages(ctx);
    } catch (error) {
      return { type: 'error', reason: `The message could not be built: ${errorReason(error)}` };
    }
    messages.forEach((message) => ctx.say(message));
    return { type: 'outcome', outcome: 'next' };
  },
});

async function composeMessages(ctx: NodeContext<MessageSettings>): Promise<MessageContent[]> {
  const { settings } = ctx;
  const messages: MessageContent[] = [];
  const buttons = await renderButtons(ctx, settings.buttons);
  if (settings.buttonsFrom !== undefined) {
    buttons.push(...(await evaluateDynamicItems(ctx, settings.buttonsFrom, MAX_BUTTONS)));
  }
  const shown = buttons.slice(0, MAX_BUTTONS);
  if (settings.text !== undefined || shown.length > 0) {
    const text = settings.text === undefined ? '' : await ctx.render(settings.text);
    if (shown.length === 0) messages.push({ type: 'text', text });
    else if (settings.buttonStyle === 'quick-replies')
      messages.push({ type: 'text', text, quickReplies: shown });
    else messages.push({ type: 'text', text, buttons: shown });
  }
  for (const image of settings.images) {
    const url = await ctx.render(image.url);
    messages.push(
      image.alt === undefined
        ? { type: 'image', url }
        : { type: 'image', url, alt: await ctx.render(image.alt) },
    );
  }
  const cards =
    settings.cards.length === 0
      ? []
      : await Promise.all(settings.cards.map((card) => renderCard(ctx, card)));
  const [onlyCard] = cards;
  if (cards.length === 1 && onlyCard !== undefined) messages.push({ type: 'card', card: onlyCard });
  else if (cards.length > 1) messages.push({ type: 'carousel', cards });
  return messages;
}

async function renderButtons(
  ctx: NodeContext<MessageSettings>,
  buttons: ButtonList,
): Promise<MessageButton[]> {
  if (buttons.length === 0) return [];
  return Promise.all(
    buttons.map(async (button) => {
      const label = await ctx.render(button.label);
      return { label, payload: button.payload ?? label };
    }),
  );
}

async function renderCard(
  ctx: NodeContext<MessageSettings>,
  card: MessageSettings['cards'][number],
): Promise<Card> {
  const rendered: Card = {
    title: await ctx.render(card.title),
    buttons: await renderButtons(ctx, card.buttons),
  };
  if (card.subtitle !== undefined) rendered.subtitle = await ctx.render(card.subtitle);
  if (card.imageUrl !== undefined) rendered.imageUrl = await ctx.render(card.imageUrl);
  return rendered;
}
