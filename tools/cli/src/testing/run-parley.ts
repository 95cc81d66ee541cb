import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The CLI project's folder; specs resolve fixtures and examples from it. */
export const cliRoot = join(__dirname, '..', '..');
/** The repository root (the examples live in `examples/bots`). */
export const repoRoot = join(cliRoot, '..', '..');

/** What a run of the binary gave. */
export interface ParleyRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `parley` binary, as a user would: a child process, colours off,
 * `input` fed to stdin as a pipe (which `parley chat` reads line by line).
 */
export function runParley(
  args: readonly string[],
  options: { input?: string; cwd?: string } = {},
): ParleyRun {
  const run = spawnSync(process.execPath, [join(cliRoot, 'bin', 'parley.mjs'), ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
