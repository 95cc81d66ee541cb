/** What the runtime puts in place of a secret-looking value in traces and variables. */
export const SECRET_MASK = '***';

export function isSecretMask(value: unknown): boolean {
  return value === SECRET_MASK;
}
