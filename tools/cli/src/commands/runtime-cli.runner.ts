import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the runtime's admin entry lives, found from the `parley` binary that is
 * running (`tools/cli/bin/parley.mjs`, also through an npm bin link).
 */
function locate(): { script: string; tsxLoader: string } | undefined {
  const bin = process.argv[1];
  if (bin === undefined || !existsSync(bin)) return undefined;
  const binDir = dirname(realpathSync(bin));
  const script = join(binDir, '..', '..', '..', 'apps', 'runtime', 'src', 'cli', 'runtime-cli.ts');
  if (!existsSync(script)) return undefined;
  return { script, tsxLoader: createRequire(join(binDir, 'parley.mjs')).resolve('tsx') };
}

/**
 * Runs `apps/runtime/src/cli/runtime-cli.ts <args>` in a child node process
 * (through tsx, from source: no build needed on a clean clone) with the caller's
 * environment plus `extraEnv`, its output going straight to this terminal.
 * Resolves with its exit code. The runtime's database and configuration code is
 * reused this way rather than copied into the CLI.
 */
export function runRuntimeCli(
  args: readonly string[],
  extraEnv: Record<string, string> = {},
): Promise<number> {
  const found = locate();
  if (!found) {
    process.stderr.write(
      'parley: apps/runtime not found beside the CLI; run it from a Parley checkout\n',
    );
    return Promise.resolve(1);
  }
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(found.tsxLoader).href, found.script, ...args],
    { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
