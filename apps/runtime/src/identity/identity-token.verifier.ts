import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How far apart the company's clock and ours may be. */
export const IDENTITY_CLOCK_SKEW_SECONDS = 60;

/** Why a token was not accepted; each is answered the same way (an anonymous contact). */
export type IdentityFailure =
  | 'missing'
  | 'no-secret'
  | 'malformed'
  | 'unsupported-algorithm'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'missing-subject';

/** The verified claims, or why there are none. */
export type IdentityVerification =
  | { ok: true; externalId: string; attributes: Record<string, unknown> }
  | { ok: false; reason: IdentityFailure };

/** Registered JWT claims; everything else in the payload is a contact attribute. */
const registeredClaims = new Set(['sub', 'exp', 'iat', 'nbf', 'iss', 'aud', 'jti']);
const base64url = /^[A-Za-z0-9_-]+$/;
const seconds = z.number().finite();
const payloadSchema = z.looseObject({
  sub: z.unknown().optional(),
  exp: seconds,
  iat: seconds.optional(),
  nbf: seconds.optional(),
});
const headerSchema = z.looseObject({ alg: z.string() });

/**
 * Verifies an identity token a company's server signed with the channel's
 * signing secret: either compact, `base64url(payload).base64url(HMAC-SHA256)`
 * (the MAC over the first part as sent), or a JWT whose header says `HS256`
 * (`none` and every other algorithm are refused). The payload must carry `sub`
 * (the company's id of the customer) and `exp`; `iat` and `nbf` are checked when
 * present, all with {@link IDENTITY_CLOCK_SKEW_SECONDS} of tolerance. Other claims
 * besides the registered ones become the contact's attributes. Pure: the caller
 * decides what a failure means (never linking to an existing contact).
 */
export function verifyIdentityToken(
  token: string | null | undefined,
  secret: string | Buffer,
  now: number = Date.now(),
): IdentityVerification {
  if (!token) return fail('missing');
  if (secret.length === 0) return fail('no-secret');
  const parts = token.trim().split('.');
  if (!parts.every((part) => base64url.test(part))) return fail('malformed');
  let signed: string;
  let payloadPart: string;
  let signature: string;
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined) {
    [payloadPart, signature] = [parts[0], parts[1]];
    signed = payloadPart;
  } else if (
    parts.length === 3 &&
    parts[0] !== undefined &&
    parts[1] !== undefined &&
    parts[2] !== undefined
  ) {
    const header = headerSchema.safeParse(decodeJson(parts[0]));
    if (!header.success) return fail('malformed');
    if (header.data.alg !== 'HS256') return fail('unsupported-algorithm');
    [payloadPart, signature] = [parts[1], parts[2]];
    signed = `${parts[0]}.${parts[1]}`;
  } else {
    return fail('malformed');
  }
  const expected = createHmac('sha256', secret).update(signed).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return fail('bad-signature');
  }
  return checkClaims(decodeJson(payloadPart), now / 1000);
}

function checkClaims(payload: unknown, nowSeconds: number): IdentityVerification {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return fail('malformed');
  const { sub, exp, iat, nbf } = parsed.data;
  if (exp <= nowSeconds - IDENTITY_CLOCK_SKEW_SECONDS) return fail('expired');
  if (nbf !== undefined && nbf > nowSeconds + IDENTITY_CLOCK_SKEW_SECONDS)
    return fail('not-yet-valid');
  if (iat !== undefined && iat > nowSeconds + IDENTITY_CLOCK_SKEW_SECONDS)
    return fail('issued-in-future');
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > 256)
    return fail('missing-subject');
  const attributes = Object.fromEntries(
    Object.entries(parsed.data).filter(([key]) => !registeredClaims.has(key)),
  );
  return { ok: true, externalId: sub, attributes };
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function fail(reason: IdentityFailure): IdentityVerification {
  return { ok: false, reason };
}
