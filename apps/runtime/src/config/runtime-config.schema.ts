import { resolve } from 'node:path';
import { z } from 'zod';
import { parseMasterKey } from './master-key';
import { trustProxySchema } from './trust-proxy';

/** Levels the logger accepts (pino's). */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The runtime's environment: every variable it reads, validated at start. An empty
 * value counts as unset (compose files often write `FOO=`). The output is the
 * resolved configuration the modules receive; see the README for each variable.
 */
/** Log-in attempts allowed per 15-minute window, per e-mail and per client address, unless configured. */
export const DEFAULT_LOGIN_LIMITS = { perEmail: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

export const runtimeConfigSchema = z
  .object({
    PORT: optional(wholeNumber(0, 65_535, 'a port number')).default(3000),
    HOST: optional(z.string()).default('127.0.0.1'),
    DATABASE_URL: optional(
      url(/^postgres(ql)?$/, 'a PostgreSQL URL, postgres://user:password@host:5432/database'),
    ),
    REDIS_URL: optional(url(/^rediss?$/, 'a Redis URL, redis://host:6379')),
    PARLEY_DATA_DIR: optional(z.string()).default('./.parley'),
    PARLEY_MASTER_KEY: optional(masterKey()),
    PARLEY_PUBLIC_URL: optional(url(/^https?$/, 'an http(s) URL, e.g. https://bots.example.com')),
    PARLEY_BODY_LIMIT_BYTES: optional(wholeNumber(1024, 1024 ** 3, 'a size in bytes')).default(
      1024 * 1024,
    ),
    PARLEY_LOG_LEVEL: optional(
      z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }),
    ).default('info'),
    OPENAI_BASE_URL: optional(url(/^https?$/, 'an http(s) URL, e.g. https://api.openai.com/v1')),
    OPENAI_API_KEY: optional(z.string()),
    OPENAI_MODEL: optional(z.string()).default('gpt-4o-mini'),
    PARLEY_ADMIN_EMAIL: optional(z.email({ error: 'must be an e-mail address' })),
    PARLEY_ADMIN_PASSWORD: optional(
      z.string().min(12, { error: 'must be at least 12 characters long' }),
    ),
    PARLEY_REDIS_PREFIX: optional(z.string()).default('parley:'),
    PARLEY_TRUST_PROXY: optional(trustProxySchema).default(false),
    PARLEY_TIMER_POLL_MS: optional(
      wholeNumber(10, 3_600_000, 'a duration in milliseconds'),
    ).default(5000),
    PARLEY_EXAMPLE_BOTS_DIR: optional(z.string()),
    PARLEY_STUDIO_DIR: optional(z.string()),
    PARLEY_WIDGET_DIR: optional(z.string()),
    PARLEY_TURN_LEASE_MS: optional(wholeNumber(500, 600_000, 'a duration in milliseconds')).default(
      15_000,
    ),
    PARLEY_TURN_WAIT_MS: optional(wholeNumber(100, 600_000, 'a duration in milliseconds')).default(
      25_000,
    ),
    PARLEY_INBOX_SWEEP_MS: optional(wholeNumber(50, 600_000, 'a duration in milliseconds')).default(
      2_000,
    ),
    PARLEY_CHAT_RATE_PER_ADDRESS: optional(
      wholeNumber(0, 1_000_000, 'a number of requests per minute (0 = no limit)'),
    ).default(600),
    PARLEY_CHAT_RATE_PER_CONVERSATION: optional(
      wholeNumber(0, 1_000_000, 'a number of messages per minute (0 = no limit)'),
    ).default(120),
    PARLEY_LOGIN_RATE_PER_EMAIL: optional(
      wholeNumber(1, 1_000_000, 'a number of log-in attempts per 15 minutes'),
    ).default(DEFAULT_LOGIN_LIMITS.perEmail),
    PARLEY_LOGIN_RATE_PER_ADDRESS: optional(
      wholeNumber(1, 1_000_000, 'a number of log-in attempts per 15 minutes'),
    ).default(DEFAULT_LOGIN_LIMITS.perAddress),
  })
  .superRefine((env, ctx) => {
    // One without the other is a half-done setup, not "no first admin".
    const [given, missing] = env.PARLEY_ADMIN_EMAIL
      ? ['PARLEY_ADMIN_EMAIL', 'PARLEY_ADMIN_PASSWORD']
      : ['PARLEY_ADMIN_PASSWORD', 'PARLEY_ADMIN_EMAIL'];
    if (Boolean(env.PARLEY_ADMIN_EMAIL) !== Boolean(env.PARLEY_ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: [missing], message: `must be set with ${given}` });
    }
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    /** Absolute, resolved against the working directory. */
    dataDir: resolve(env.PARLEY_DATA_DIR),
    /** From the environment; `undefined` means the key file in the data folder is used. */
    masterKey: env.PARLEY_MASTER_KEY,
    publicUrl: env.PARLEY_PUBLIC_URL,
    bodyLimitBytes: env.PARLEY_BODY_LIMIT_BYTES,
    logLevel: env.PARLEY_LOG_LEVEL,
    llm: { baseUrl: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, model: env.OPENAI_MODEL },
    /** The first admin, created at start when there is no user yet. */
    admin:
      env.PARLEY_ADMIN_EMAIL && env.PARLEY_ADMIN_PASSWORD
        ? { email: env.PARLEY_ADMIN_EMAIL, password: env.PARLEY_ADMIN_PASSWORD }
        : undefined,
    /** Prefix of every Redis key (rate-limit counters, timer queue): runtimes can share a Redis. */
    redisPrefix: env.PARLEY_REDIS_PREFIX,
    /** Fastify's `trustProxy`: whose `X-Forwarded-For` decides the client address. */
    trustProxy: env.PARLEY_TRUST_PROXY,
    /**
     * How often the database is checked for due timers nothing woke the runtime for
     * (another replica scheduled them); with `REDIS_URL` the sweep behind BullMQ runs at 6×.
     */
    timerPollMs: env.PARLEY_TIMER_POLL_MS,
    /** Bot documents the first workspace gets once, published (`npm start` points at examples/bots). */
    exampleBotsDir: env.PARLEY_EXAMPLE_BOTS_DIR ? resolve(env.PARLEY_EXAMPLE_BOTS_DIR) : undefined,
    /** The built studio served at `/` (main.ts defaults it to the repository's apps/studio/dist). */
    studioDir: env.PARLEY_STUDIO_DIR ? resolve(env.PARLEY_STUDIO_DIR) : undefined,
    /** The built widget served at `/widget.js` (main.ts defaults it to the repository's apps/widget/dist). */
    widgetDir: env.PARLEY_WIDGET_DIR ? resolve(env.PARLEY_WIDGET_DIR) : undefined,
    /** Conversation turns: how long a replica's lease lasts unless renewed (it dies → another takes over), how long a request waits for its replies, how often orphaned inboxes are looked for. */
    turns: {
      leaseMs: env.PARLEY_TURN_LEASE_MS,
      waitMs: env.PARLEY_TURN_WAIT_MS,
      sweepMs: env.PARLEY_INBOX_SWEEP_MS,
    },
    /** Chat API limits per minute (0 = none): per client address, per conversation. */
    chatRateLimits: {
      perAddress: env.PARLEY_CHAT_RATE_PER_ADDRESS,
      perConversation: env.PARLEY_CHAT_RATE_PER_CONVERSATION,
    },
    /** Log-in attempts per 15 minutes, per e-mail and per client address (test suites that log in often raise them). */
    loginRateLimits: {
      perEmail: env.PARLEY_LOGIN_RATE_PER_EMAIL,
      perAddress: env.PARLEY_LOGIN_RATE_PER_ADDRESS,
      windowMs: DEFAULT_LOGIN_LIMITS.windowMs,
    },
  }));

/** The runtime's resolved configuration. */
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** Treats an empty value as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

function wholeNumber(min: number, max: number, what: string) {
  return z.string().transform((raw, ctx) => {
    const value = /^\d{1,10}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (value >= min && value <= max) return value;
    ctx.addIssue({
      code: 'custom',
      message: `must be ${what}, a whole number from ${min} to ${max} (got "${raw}")`,
    });
    return z.NEVER;
  });
}

function url(protocol: RegExp, what: string) {
  // The value is not echoed: database and Redis URLs may carry a password.
  return z.url({ protocol, error: `must be ${what}` });
}

function masterKey() {
  return z.string().transform((raw, ctx) => {
    const parsed = parseMasterKey(raw);
    if (parsed.ok) return parsed.key;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });
}
