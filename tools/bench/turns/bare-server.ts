/**
 * The baseline the runtime is compared with: Fastify and a `pg` pool, one INSERT
 * of the request body per request and nothing else. Run as a child process by
 * `start-bare-server.ts` (env `DATABASE_URL`, `PORT`); `GET /ready` once listening.
 */
import Fastify from 'fastify';
import pg from 'pg';

/** The runtime's pool size (`extra.max` in the runtime's database options): same resources. */
const RUNTIME_POOL_MAX = 10;

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: RUNTIME_POOL_MAX,
  application_name: 'parley-bench-bare',
});
await pool.query(
  'CREATE TABLE IF NOT EXISTS bench_bare (id bigserial PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
);

const app = Fastify({ logger: false });
app.get('/ready', () => ({ status: 'ready' }));
app.post('/messages', async (request) => {
  const { rows } = await pool.query<{ id: string }>(
    'INSERT INTO bench_bare (body) VALUES ($1) RETURNING id',
    [request.body],
  );
  return { id: rows[0]?.id };
});

const shutdown = async (): Promise<void> => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
