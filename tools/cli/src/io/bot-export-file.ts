import { isRecord } from '@parley/flow';

/** What marks a file as a Parley bot export (the studio's and `parley export`'s download). */
const BOT_EXPORT_FORMAT = 'parley.bot-export';

/**
 * The bot document inside a file: an export file holds the bot's draft under
 * `bot.draft` (with its versions and environments beside it), a bare bot document
 * is the document itself. `path` is where the document sits, so that problems can
 * still be located in the file.
 */
export function botDocumentIn(value: unknown): { document: unknown; path: readonly string[] } {
  if (isRecord(value) && value['format'] === BOT_EXPORT_FORMAT) {
    const bot = value['bot'];
    if (isRecord(bot) && 'draft' in bot) return { document: bot['draft'], path: ['bot', 'draft'] };
  }
  return { document: value, path: [] };
}
