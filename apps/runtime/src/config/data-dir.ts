import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StartupError } from './startup-error';

/**
 * Creates the data folder when missing and proves it writable by writing and
 * removing a file: permission bits alone do not tell (read-only mounts, root).
 * Throws a {@link StartupError} for `PARLEY_DATA_DIR` otherwise.
 */
export async function prepareDataDir(dir: string): Promise<void> {
  const probe = join(dir, `.write-test-${randomUUID()}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    throw StartupError.of(
      'PARLEY_DATA_DIR',
      `cannot write to ${dir} (${describeSystemError(error)})`,
    );
  }
}

/** `EACCES`, `ENOTDIR`…: the code says more to an operator than the message. */
export function describeSystemError(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * The `code` of a Node error (`ENOENT`…). Checked structurally: errors from Node's
 * core can come from another realm (jest's sandbox), where `instanceof Error` fails.
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
