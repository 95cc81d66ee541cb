import { useOutletContext } from 'react-router';
import type { BotSummary } from '../../api/bot-schemas';

/** What the bot layout hands its pages. */
export interface BotContext {
  bot: BotSummary;
  reloadBot: () => void;
}

export function useBot(): BotContext {
  return useOutletContext<BotContext>();
}
