import { StartupError } from './startup-error';
import { type RuntimeConfig, runtimeConfigSchema } from './runtime-config.schema';

/**
 * The runtime's configuration from `env` (normally `process.env`). Throws a
 * {@link StartupError} listing every bad variable at once, so that an operator
 * fixes them in one go rather than one restart at a time.
 */
export function loadConfig(env: Record<string, string | undefined>): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new StartupError(
    parsed.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? 'environment'),
      problem: issue.message,
    })),
  );
}
