/** One secret reference: the name the document uses → the vault secret it stands for here. */
export interface SecretRow {
  key: number;
  documentName: string;
  vaultName: string;
}

export type SecretRowProblem = 'documentName' | 'duplicate' | 'vaultName';

const documentNamePattern = /^[A-Za-z0-9_-]{1,64}$/;
const vaultNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The secret names a bot document uses: settings fields named `secret` (an HTTP
 * request's credentials in look-up and action nodes), found anywhere in a node's data.
 */
export function documentSecretNames(document: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const visit = (value: unknown, key: string | undefined): void => {
    if (key === 'secret' && typeof value === 'string' && value) names.add(value);
    if (Array.isArray(value)) value.forEach((item) => visit(item, undefined));
    else if (typeof value === 'object' && value !== null)
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  const flows = Array.isArray(document.flows) ? (document.flows as unknown[]) : [];
  for (const flow of flows) {
    const nodes = (flow as { nodes?: unknown }).nodes;
    if (Array.isArray(nodes))
      nodes.forEach((node) => visit((node as { data?: unknown }).data, undefined));
  }
  return [...names].sort();
}

/**
 * What is wrong with a row, if anything: a name the API would refuse, or a
 * document name given twice. A row without a vault name maps nothing and is left out.
 */
export function secretRowProblem(
  row: SecretRow,
  rows: readonly SecretRow[],
): SecretRowProblem | null {
  if (row.vaultName.trim() === '') return null;
  if (!documentNamePattern.test(row.documentName)) return 'documentName';
  const mapped = (other: SecretRow) => other.vaultName.trim() !== '';
  if (
    rows.some(
      (other) => other.key !== row.key && mapped(other) && other.documentName === row.documentName,
    )
  )
    return 'duplicate';
  if (!vaultNamePattern.test(row.vaultName)) return 'vaultName';
  return null;
}

/** The `secrets` body of the PATCH, or `null` while a row has a problem. */
export function secretsBody(rows: readonly SecretRow[]): Record<string, string> | null {
  if (rows.some((row) => secretRowProblem(row, rows) !== null)) return null;
  return Object.fromEntries(
    rows
      .filter((row) => row.vaultName.trim() !== '')
      .map((row) => [row.documentName, row.vaultName.trim()]),
  );
}

/** Rows for an environment's references, plus an empty one per used name not yet mapped. */
export function secretRows(secrets: Record<string, string>, used: readonly string[]): SecretRow[] {
  const mapped = Object.entries(secrets).map(([documentName, vaultName], key) => ({
    key,
    documentName,
    vaultName,
  }));
  const missing = used
    .filter((name) => !Object.hasOwn(secrets, name))
    .map((documentName, index) => ({ key: mapped.length + index, documentName, vaultName: '' }));
  return [...mapped, ...missing];
}
