import { resolve } from 'node:path';
import { loadConfig } from './load-config';
import { StartupError } from './startup-error';

function problemsOf(env: Record<string, string>): { variable: string; problem: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof StartupError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a StartupError');
}

describe('loadConfig', () => {
  it('fills in defaults for a bare environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      redisUrl: undefined,
      dataDir: resolve('.parley'),
      masterKey: undefined,
      bodyLimitBytes: 1024 * 1024,
      logLevel: 'info',
      trustProxy: false,
      timerPollMs: 5000,
      turns: { leaseMs: 15_000, waitMs: 25_000, sweepMs: 2_000 },
      chatRateLimits: { perAddress: 600, perConversation: 120 },
      loginRateLimits: { perEmail: 5, perAddress: 20, windowMs: 900_000 },
      llm: { baseUrl: undefined, apiKey: undefined, model: 'gpt-4o-mini' },
    });
  });

  it('reads every variable it knows', () => {
    const key = Buffer.alloc(32, 7);
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://parley:secret@db:5432/parley',
      REDIS_URL: 'redis://cache:6379',
      PARLEY_DATA_DIR: '/var/lib/parley',
      PARLEY_MASTER_KEY: key.toString('hex'),
      PARLEY_PUBLIC_URL: 'https://bots.example.com',
      PARLEY_BODY_LIMIT_BYTES: '2048',
      PARLEY_LOG_LEVEL: 'debug',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_MODEL: 'qwen2.5',
      PARLEY_ADMIN_EMAIL: 'owner@example.com',
      PARLEY_ADMIN_PASSWORD: 'a long admin passphrase',
      PARLEY_REDIS_PREFIX: 'parley-eu:',
      PARLEY_TRUST_PROXY: '10.0.0.0/8, ::1',
      PARLEY_TIMER_POLL_MS: '250',
      PARLEY_EXAMPLE_BOTS_DIR: '/srv/examples',
      PARLEY_TURN_LEASE_MS: '3000',
      PARLEY_TURN_WAIT_MS: '9000',
      PARLEY_INBOX_SWEEP_MS: '100',
      PARLEY_CHAT_RATE_PER_ADDRESS: '0',
      PARLEY_CHAT_RATE_PER_CONVERSATION: '30',
      PARLEY_LOGIN_RATE_PER_EMAIL: '50',
      PARLEY_LOGIN_RATE_PER_ADDRESS: '200',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://parley:secret@db:5432/parley',
      redisUrl: 'redis://cache:6379',
      dataDir: '/var/lib/parley',
      masterKey: key,
      publicUrl: 'https://bots.example.com',
      bodyLimitBytes: 2048,
      logLevel: 'debug',
      llm: { baseUrl: 'http://127.0.0.1:11434/v1', apiKey: 'sk-test', model: 'qwen2.5' },
      admin: { email: 'owner@example.com', password: 'a long admin passphrase' },
      redisPrefix: 'parley-eu:',
      trustProxy: ['10.0.0.0/8', '::1'],
      timerPollMs: 250,
      exampleBotsDir: '/srv/examples',
      turns: { leaseMs: 3000, waitMs: 9000, sweepMs: 100 },
      chatRateLimits: { perAddress: 0, perConversation: 30 },
      loginRateLimits: { perEmail: 50, perAddress: 200, windowMs: 900_000 },
    });
  });

  it('wants the first admin complete: a valid e-mail and a long password, never echoed', () => {
    expect(problemsOf({ PARLEY_ADMIN_EMAIL: 'owner', PARLEY_ADMIN_PASSWORD: 'short' })).toEqual([
      { variable: 'PARLEY_ADMIN_EMAIL', problem: 'must be an e-mail address' },
      { variable: 'PARLEY_ADMIN_PASSWORD', problem: 'must be at least 12 characters long' },
    ]);
    expect(problemsOf({ PARLEY_ADMIN_EMAIL: 'owner@example.com' })).toEqual([
      { variable: 'PARLEY_ADMIN_PASSWORD', problem: 'must be set with PARLEY_ADMIN_EMAIL' },
    ]);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', PARLEY_MASTER_KEY: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      masterKey: undefined,
    });
  });

  it('reports every bad variable at once, one problem each, naming it', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://root:hunter2@db/parley',
      REDIS_URL: 'http://cache',
      PARLEY_MASTER_KEY: 'too-short',
      PARLEY_PUBLIC_URL: 'bots.example.com',
      PARLEY_BODY_LIMIT_BYTES: '-1',
      PARLEY_LOG_LEVEL: 'loud',
    });
    expect(problems.map((p) => p.variable)).toEqual([
      'PORT',
      'DATABASE_URL',
      'REDIS_URL',
      'PARLEY_MASTER_KEY',
      'PARLEY_PUBLIC_URL',
      'PARLEY_BODY_LIMIT_BYTES',
      'PARLEY_LOG_LEVEL',
    ]);
    expect(problems[0]?.problem).toBe(
      'must be a port number, a whole number from 0 to 65535 (got "eighty")',
    );
    expect(problems[1]?.problem).toMatch(/^must be a PostgreSQL URL/);
    expect(problems[3]?.problem).toMatch(/^must be 32 bytes/);
    expect(problems[6]?.problem).toMatch(/^must be one of fatal, error, warn, info/);
  });

  it('never repeats a password or a key in its messages', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://root:hunter2@db/parley',
      PARLEY_MASTER_KEY: 'c2VjcmV0LWJ1dC1zaG9ydA==',
    });
    const text = problems.map((p) => p.problem).join('\n');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('c2VjcmV0LWJ1dC1zaG9ydA');
  });

  it('rejects ports above 65535', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([
      {
        variable: 'PORT',
        problem: 'must be a port number, a whole number from 0 to 65535 (got "70000")',
      },
    ]);
  });
});
