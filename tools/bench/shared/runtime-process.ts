import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { startServerProcess } from './server-process';

/** A runtime started for the benchmark, with its base URL. */
export interface RuntimeProcess {
  url: string;
  /** Kills the runtime and removes its data folder. */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  repoRoot: string;
  databaseUrl: string;
  admin: { email: string; password: string };
  /** Names the throw-away data folder: `parley-bench-<name>-…`. */
  name: string;
  /** Added to (and overriding) the runtime's environment. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Builds the runtime and runs it the way production does (`node dist/…/main.js`),
 * on a free port with a throw-away data folder and the first admin bootstrapped.
 */
export async function startRuntime(options: RuntimeOptions): Promise<RuntimeProcess> {
  const { repoRoot } = options;
  // The build prints a line on stdout; keep it off ours.
  execFileSync(process.execPath, [join(repoRoot, 'apps/runtime/scripts/build.mjs')], {
    cwd: repoRoot,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const dataDir = await mkdtemp(join(tmpdir(), `parley-bench-${options.name}-`));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  try {
    const server = await startServerProcess({
      name: 'runtime',
      args: [
        // BENCH_CPU_PROF=<folder> writes the runtime's CPU profile there, to see where turns go.
        ...(process.env.BENCH_CPU_PROF
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
          : []),
        join(repoRoot, 'apps/runtime/dist/apps/runtime/src/main.js'),
      ],
      cwd: repoRoot,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        PARLEY_DATA_DIR: dataDir,
        PARLEY_ADMIN_EMAIL: options.admin.email,
        PARLEY_ADMIN_PASSWORD: options.admin.password,
        PARLEY_LOG_LEVEL: 'warn',
        // All load comes from one address at a rate no customer sends: the highest
        // limits keep the limiter's work in every request without refusing any.
        PARLEY_CHAT_RATE_PER_ADDRESS: '1000000',
        PARLEY_CHAT_RATE_PER_CONVERSATION: '1000000',
        ...options.env,
      },
      readyUrl: `${url}/ready`,
    });
    return {
      url,
      stop: async () => {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
