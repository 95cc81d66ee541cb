/** What a refused browser is told (the widget contract's wording). */
export const ORIGIN_REFUSED = 'This website is not allowed to use this chat';

/** The request's facts the origin rule looks at. */
export interface OriginContext {
  /** The `Origin` header; absent for server-to-server calls, which the rule leaves alone. */
  origin: string | undefined;
  /** The `Host` header the browser sent: the runtime's own origin when they agree. */
  host: string | undefined;
  /** `PARLEY_PUBLIC_URL`, when set. */
  publicUrl: string | undefined;
}

/**
 * The runtime's own pages (the demo page) may always use its chats. The browser
 * sets both `Origin` and `Host`, so a page elsewhere cannot pass for one of ours.
 */
export function isOwnOrigin({ origin, host, publicUrl }: OriginContext): boolean {
  if (!origin) return false;
  if (publicUrl && safeOrigin(publicUrl) === origin) return true;
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Whether a browser request may go on: no `Origin` (not a browser), the
 * runtime's own origin, or one of `allowed` exactly.
 */
export function originAllowed(context: OriginContext, allowed: ReadonlySet<string>): boolean {
  if (!context.origin) return true;
  return allowed.has(context.origin) || isOwnOrigin(context);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
