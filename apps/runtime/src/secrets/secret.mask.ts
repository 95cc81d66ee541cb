/** Values shorter than this are shown as dots only: their last four would give too much away. */
const SHOW_TAIL_FROM = 12;

/**
 * What the API shows instead of a secret: `••••1234` (the last four characters)
 * for values of 12 characters or more, `••••` for shorter ones.
 */
export function maskSecret(value: string): string {
  const chars = [...value];
  return chars.length >= SHOW_TAIL_FROM ? `••••${chars.slice(-4).join('')}` : '••••';
}
