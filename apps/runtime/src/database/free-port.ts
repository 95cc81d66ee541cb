import { createServer } from 'node:net';

/**
 * A TCP port that is free on `host` right now, found by letting the OS pick one
 * for a listener that is closed at once. Another process could take it before it
 * is used; for a database started a moment later on loopback, that is rare enough.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}
