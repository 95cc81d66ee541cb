import { BOT_EXPORT_FORMAT, isRecord } from '@parley/flow';

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
