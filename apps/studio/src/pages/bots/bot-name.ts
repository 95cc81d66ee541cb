/** The server's limit on bot names (bot-request.schema.ts), checked before sending. */
export const BOT_NAME_MAX = 200;

/** An i18n key for what is wrong with `name`, or `null` when it may be sent. */
export function botNameError(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'bots:name.required';
  if (trimmed.length > BOT_NAME_MAX) return 'bots:name.tooLong';
  return null;
}
