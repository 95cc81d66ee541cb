import { isIP } from 'node:net';
import { z } from 'zod';

// Names proxy-addr (Fastify's `trustProxy`) knows for common private ranges.
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Whether `entry` is an IP address, a CIDR range (`10.0.0.0/8`) or a named range. */
function isAddressOrRange(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * `PARLEY_TRUST_PROXY`: which proxies may set the client address through
 * `X-Forwarded-For`. `false` (or unset): none, the socket's peer is the client.
 * `true`: any, for a runtime reachable only through its proxy. Otherwise a
 * comma-separated list of addresses, CIDR ranges or `loopback`, `linklocal`,
 * `uniquelocal`: the client is the first address, from the right, not in the list.
 * The result goes to Fastify's `trustProxy` as is.
 */
export const trustProxySchema = z.string().transform((raw, ctx): boolean | string[] => {
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length === 0) return entries;
  ctx.addIssue({
    code: 'custom',
    message:
      'must be true, false, or a comma-separated list of IP addresses, CIDR ranges ' +
      `(10.0.0.0/8) or loopback, linklocal, uniquelocal (got "${bad.join('", "')}")`,
  });
  return z.NEVER;
});
