import type { CommandIo } from './command-io';
import { runRuntimeCli } from './runtime-cli.runner';

export const secretsUsage = `Usage: parley secrets rotate-key [--new-key KEY]

Re-encrypts every stored secret with a new master key, in one transaction.
Stop the runtime first. Uses DATABASE_URL, or the embedded database in
PARLEY_DATA_DIR (default ./.parley), and the current key from PARLEY_MASTER_KEY
or <data dir>/master.key.
  --new-key KEY  the new key (32 bytes, hex or base64); generated when left out.
With the key file, the new key replaces it (the old one is kept as master.key.old
until the rotation is done); with PARLEY_MASTER_KEY, set it to the new key after.`;

/** `parley secrets rotate-key`: exit 0 when every secret moved to the new key. */
export async function secretsCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  const at = rest.indexOf('--new-key');
  const unknown = rest.filter((arg, i) => !(i === at || (at >= 0 && i === at + 1)));
  if (sub !== 'rotate-key' || unknown.length > 0 || (at >= 0 && rest[at + 1] === undefined)) {
    io.error(secretsUsage);
    return 2;
  }
  // The key travels in the environment, not the child's command line, which `ps` shows.
  const newKey = at >= 0 ? rest[at + 1] : undefined;
  return runRuntimeCli(
    newKey === undefined ? ['rotate-key'] : ['rotate-key', '--new-key-from-env'],
    newKey === undefined ? {} : { PARLEY_CLI_NEW_MASTER_KEY: newKey },
  );
}
