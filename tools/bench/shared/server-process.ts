import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server running as a child process, until `stop()`. */
export interface ServerProcess {
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Shown in errors: `runtime`, `bare server`. */
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Polled until it answers 200. */
  readyUrl: string;
  readyTimeoutMs?: number;
}

/**
 * Starts `node <args>` and resolves once `readyUrl` answers 200. The child's
 * output goes to stderr, so stdout stays free for the result line. Rejects (and
 * kills the child) when it exits first or is not ready in time.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(process.stderr, { end: false });
  child.stderr.pipe(process.stderr, { end: false });
  const stop = (): Promise<void> => stopChild(child);
  try {
    await waitUntilReady(child, options);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

async function waitUntilReady(child: ChildProcess, options: ServerProcessOptions): Promise<void> {
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `${options.name} exited (${child.exitCode ?? child.signalCode}) before ready`,
      );
    const status = await fetch(options.readyUrl).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`${options.name} was not ready within ${options.readyTimeoutMs ?? 60_000} ms`);
}

/** SIGTERM (the runtime then finishes requests in flight), SIGKILL if it lingers. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
