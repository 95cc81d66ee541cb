/** What marks a file as a Parley bot export (a bare bot document has no `format`). */
export const BOT_EXPORT_FORMAT = 'parley.bot-export';
