import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { verifyIdentityToken } from './identity-token.verifier';

const secret = 'channel-signing-secret';
const now = Date.UTC(2026, 10, 24, 6, 0, 0);
const nowSeconds = now / 1000;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const mac = (data: string, key = secret) =>
  createHmac('sha256', key).update(data).digest('base64url');

/** What a company's server does: the two formats the runtime accepts. */
function compact(payload: unknown, key = secret): string {
  const body = b64(payload);
  return `${body}.${mac(body, key)}`;
}
function jwt(
  payload: unknown,
  key = secret,
  header: unknown = { alg: 'HS256', typ: 'JWT' },
): string {
  const signed = `${b64(header)}.${b64(payload)}`;
  return `${signed}.${mac(signed, key)}`;
}

const claims = {
  sub: 'cust-42',
  exp: nowSeconds + 300,
  iat: nowSeconds,
  name: 'Ana',
  plan: 'gold',
};

describe('verifyIdentityToken', () => {
  it.each([
    ['compact', compact],
    ['JWT HS256', jwt],
  ])('accepts a valid %s token: external id and attributes', (_, sign) => {
    expect(verifyIdentityToken(sign(claims), secret, now)).toEqual({
      ok: true,
      externalId: 'cust-42',
      attributes: { name: 'Ana', plan: 'gold' },
    });
  });

  it('refuses an expired token, within a minute of skew', () => {
    const late = { ...claims, exp: nowSeconds - 61 };
    expect(verifyIdentityToken(jwt(late), secret, now)).toEqual({ ok: false, reason: 'expired' });
    const justLate = { ...claims, exp: nowSeconds - 30 };
    expect(verifyIdentityToken(jwt(justLate), secret, now)).toMatchObject({ ok: true });
    const noExp = { sub: 'cust-42' };
    expect(verifyIdentityToken(compact(noExp), secret, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses a token signed with another secret', () => {
    for (const sign of [compact, jwt]) {
      expect(verifyIdentityToken(sign(claims, 'other-secret'), secret, now)).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
    }
  });

  it('refuses a tampered claim (the signature of the original kept)', () => {
    for (const sign of [compact, jwt]) {
      const parts = sign(claims).split('.');
      parts[parts.length - 2] = b64({ ...claims, sub: 'cust-1' });
      expect(verifyIdentityToken(parts.join('.'), secret, now)).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
    }
  });

  it('refuses any single changed character', () => {
    const token = jwt(claims);
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.constantFrom(...'AQgw_-'), (at, char) => {
        fc.pre(token[at] !== char && token[at] !== '.');
        const changed = `${token.slice(0, at)}${char}${token.slice(at + 1)}`;
        expect(verifyIdentityToken(changed, secret, now).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a missing or empty token, an empty secret, and a missing subject', () => {
    expect(verifyIdentityToken(undefined, secret, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyIdentityToken('', secret, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyIdentityToken(jwt(claims, ''), '', now)).toEqual({
      ok: false,
      reason: 'no-secret',
    });
    expect(verifyIdentityToken('a.b.c.d', secret, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyIdentityToken('not base64!.x', secret, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    for (const sub of [undefined, '', '  ', 42]) {
      expect(verifyIdentityToken(jwt({ ...claims, sub }), secret, now)).toEqual({
        ok: false,
        reason: 'missing-subject',
      });
    }
  });

  it('refuses alg none and every algorithm but HS256', () => {
    const unsigned = `${b64({ alg: 'none' })}.${b64(claims)}.`;
    expect(verifyIdentityToken(unsigned, secret, now)).toMatchObject({ ok: false });
    const noneSigned = jwt(claims, secret, { alg: 'none' });
    expect(verifyIdentityToken(noneSigned, secret, now)).toEqual({
      ok: false,
      reason: 'unsupported-algorithm',
    });
    for (const alg of ['HS512', 'RS256', 'hs256']) {
      expect(verifyIdentityToken(jwt(claims, secret, { alg }), secret, now)).toEqual({
        ok: false,
        reason: 'unsupported-algorithm',
      });
    }
  });

  it('refuses a token not valid yet (nbf) or issued in the future (iat)', () => {
    const future = { ...claims, nbf: nowSeconds + 120 };
    expect(verifyIdentityToken(jwt(future), secret, now)).toEqual({
      ok: false,
      reason: 'not-yet-valid',
    });
    const issued = { ...claims, iat: nowSeconds + 120 };
    expect(verifyIdentityToken(compact(issued), secret, now)).toEqual({
      ok: false,
      reason: 'issued-in-future',
    });
    const withinSkew = { ...claims, nbf: nowSeconds + 30 };
    expect(verifyIdentityToken(jwt(withinSkew), secret, now)).toMatchObject({ ok: true });
  });
});
