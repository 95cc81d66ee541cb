/**
 * Admin commands that work on the runtime's database directly, without a running
 * runtime: `parley secrets rotate-key` and `parley admin create` start this file
 * (through tsx, from the source tree) with the operator's environment.
 *
 *   runtime-cli rotate-key [--new-key-from-env]   (the key in PARLEY_CLI_NEW_MASTER_KEY)
 *   runtime-cli create-admin   (e-mail and password in PARLEY_CLI_ADMIN_EMAIL / _PASSWORD)
 *
 * Arguments are parsed by the `parley` command; this entry only dispatches. Keys
 * and passwords travel in the environment, not the command line, which `ps` shows.
 */
import { StartupError } from '../config/startup-error';
import { createAdmin } from './create-admin';
import { rotateKey } from './rotate-key';

const [command, ...args] = process.argv.slice(2);
const out = (line: string) => process.stdout.write(`${line}\n`);

try {
  if (command === 'rotate-key') {
    const fromEnv = args.includes('--new-key-from-env');
    await rotateKey(
      process.env,
      fromEnv ? (process.env.PARLEY_CLI_NEW_MASTER_KEY ?? '') : undefined,
      out,
    );
  } else if (command === 'create-admin') {
    const email = process.env.PARLEY_CLI_ADMIN_EMAIL ?? '';
    const password = process.env.PARLEY_CLI_ADMIN_PASSWORD ?? '';
    await createAdmin(process.env, { email, password }, out);
  } else {
    process.stderr.write(`unknown command "${command ?? ''}"\n`);
    process.exitCode = 2;
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${error instanceof StartupError ? message : `parley: ${message}`}\n`);
  process.exitCode = 1;
}
