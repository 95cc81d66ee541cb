/** Where the runtime is and how to prove who we are. */
export interface RuntimeConnection {
  /** The runtime's base address, without a trailing slash: `http://127.0.0.1:3000`. */
  url: string;
  apiKey?: string;
  token?: string;
}

export const DEFAULT_RUNTIME_URL = 'http://127.0.0.1:3000';

/** `parseArgs` options shared by the commands that talk to a running runtime. */
export const connectionArgOptions = {
  url: { type: 'string' },
  'api-key': { type: 'string' },
  token: { type: 'string' },
} as const;

/** Usage lines for `connectionArgOptions`. */
export const connectionUsage = `  --url URL           the runtime (default: PARLEY_URL, else ${DEFAULT_RUNTIME_URL})
  --api-key KEY       an API key (default: PARLEY_API_KEY)
  --token TOKEN       an access token instead of a key (default: PARLEY_TOKEN)`;

/** The values `parseArgs` gives for `connectionArgOptions`. */
export interface ConnectionArgs {
  url?: string;
  'api-key'?: string;
  token?: string;
}

export type ResolvedConnection =
  { ok: true; connection: RuntimeConnection } | { ok: false; message: string };

/**
 * The connection from the options, falling back on the environment. A key and a
 * token given together as options are refused (which one was meant?); from the
 * environment, a flag of either kind wins, and the key wins over the token.
 */
export function resolveConnection(
  values: ConnectionArgs,
  env: NodeJS.ProcessEnv,
): ResolvedConnection {
  if (values['api-key'] !== undefined && values.token !== undefined) {
    return { ok: false, message: 'Give --api-key or --token, not both.' };
  }
  const url = (values.url ?? nonEmpty(env.PARLEY_URL) ?? DEFAULT_RUNTIME_URL).replace(/\/+$/, '');
  if (!isHttpUrl(url)) {
    return { ok: false, message: `${url} is not an http:// or https:// address.` };
  }
  const fromFlag = values['api-key'] !== undefined || values.token !== undefined;
  const apiKey = fromFlag ? values['api-key'] : nonEmpty(env.PARLEY_API_KEY);
  const token = fromFlag
    ? values.token
    : apiKey === undefined
      ? nonEmpty(env.PARLEY_TOKEN)
      : undefined;
  const connection: RuntimeConnection = { url };
  if (apiKey !== undefined) connection.apiKey = apiKey;
  if (token !== undefined) connection.token = token;
  return { ok: true, connection };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
