import { rm } from 'node:fs/promises';
import { type RunningRuntime, startRuntime } from '../app/start-runtime';
import { tempDataDir } from './temp-data-dir';
import { testDatabaseUrl } from './test-database-url';

/** A runtime started inside the test process, with its log lines kept. */
export interface TestRuntime extends RunningRuntime {
  /** Every log line written so far (JSON, already redacted). */
  logLines: string[];
  /** Stops the runtime and removes its data folder. */
  close(): Promise<void>;
}

/**
 * Starts the same runtime `main` starts, in-process, on the test database, a free
 * loopback port and a temporary data folder. `env` adds or overrides variables.
 */
export async function startTestRuntime(env: Record<string, string> = {}): Promise<TestRuntime> {
  const dataDir = await tempDataDir();
  const logLines: string[] = [];
  const runtime = await startRuntime(
    { DATABASE_URL: testDatabaseUrl(), PORT: '0', PARLEY_DATA_DIR: dataDir, ...env },
    { write: (line: string) => logLines.push(line) },
  );
  return {
    ...runtime,
    logLines,
    close: async () => {
      await runtime.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
