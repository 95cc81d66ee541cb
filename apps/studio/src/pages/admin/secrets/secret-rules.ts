/** The server's secret name rule: how bot settings and nodes refer to it (`CRM_TOKEN`). */
const namePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** The server's limit on a value's length. */
export const SECRET_VALUE_MAX = 16_384;

/** Why a name cannot be used, as a key under `admin:secrets.form.errors`, or `undefined`. */
export function secretNameProblem(name: string, takenNames: readonly string[]): string | undefined {
  if (!name) return 'nameRequired';
  if (!namePattern.test(name)) return 'nameInvalid';
  if (takenNames.includes(name)) return 'nameTaken';
  return undefined;
}

/** Why a value cannot be stored, as a key under `admin:secrets.form.errors`, or `undefined`. */
export function secretValueProblem(value: string): string | undefined {
  if (!value) return 'valueRequired';
  if (value.length > SECRET_VALUE_MAX) return 'valueTooLong';
  return undefined;
}
