import { join } from 'node:path';
import { freePort } from '../shared/free-port';
import { type ServerProcess, startServerProcess } from '../shared/server-process';

/** The bare Fastify + pg server, in its own process like the runtime, so load and server never share a CPU thread. */
export async function startBareServer(
  repoRoot: string,
  databaseUrl: string,
): Promise<ServerProcess & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServerProcess({
    name: 'bare server',
    args: ['--import', 'tsx', join(import.meta.dirname, 'bare-server.ts')],
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    readyUrl: `${url}/ready`,
  });
  return { url, stop: () => server.stop() };
}
