import { randomBytes, randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_SECONDS, AccessTokenService } from './access-token.service';

describe('AccessTokenService', () => {
  const tokens = new AccessTokenService(randomBytes(32));
  const userId = randomUUID();
  const workspaceId = randomUUID();

  it('verifies its own token until it expires after 15 minutes', () => {
    const issued = Date.now();
    const token = tokens.sign(userId, workspaceId, issued);
    expect(tokens.verify(token, issued)).toMatchObject({ sub: userId, ws: workspaceId });
    expect(ACCESS_TOKEN_SECONDS).toBe(900);
    expect(tokens.verify(token, issued + 899_000)).not.toBeNull();
    expect(tokens.verify(token, issued + 901_000)).toBeNull();
  });

  it('refuses tokens of another master key, with alg none, or tampered', () => {
    const token = tokens.sign(userId, workspaceId);
    expect(new AccessTokenService(randomBytes(32)).verify(token)).toBeNull();
    const [, payload] = token.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(tokens.verify(`${none}.${payload}.`)).toBeNull();
    // Always a different character in the signature (an unchanged one would verify).
    const at = token.length - 2;
    const flipped = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    expect(tokens.verify(flipped)).toBeNull();
    expect(tokens.verify('not.a.token')).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });
});
