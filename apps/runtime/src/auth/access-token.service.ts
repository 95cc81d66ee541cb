import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { MASTER_KEY } from '../config/config.module';

/** How long an access token is valid. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

const claimsSchema = z.object({
  sub: z.uuid(),
  ws: z.uuid(),
  iat: z.number().int(),
  exp: z.number().int(),
});

/** What an access token says: whose it is, in which workspace, until when. */
export type AccessClaims = z.infer<typeof claimsSchema>;

const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * Signs and verifies access tokens: JWTs (HS256) with a key derived from the
 * master key, so a key-file change logs everyone out and no other secret is needed.
 * Roles are not in the token: the guard reads the user's current role.
 */
@Injectable()
export class AccessTokenService {
  private readonly key: Buffer;

  constructor(@Inject(MASTER_KEY) masterKey: Buffer) {
    this.key = createHmac('sha256', masterKey).update('parley access token v1').digest();
  }

  /** A token for `userId` in `workspaceId`, valid for {@link ACCESS_TOKEN_SECONDS}. */
  sign(userId: string, workspaceId: string, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const claims: AccessClaims = {
      sub: userId,
      ws: workspaceId,
      iat,
      exp: iat + ACCESS_TOKEN_SECONDS,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${header}.${payload}.${this.mac(`${header}.${payload}`).toString('base64url')}`;
  }

  /** The claims of a well-signed, unexpired token, or `null`. */
  verify(token: string, now = Date.now()): AccessClaims | null {
    const [head, payload, signature, ...rest] = token.split('.');
    if (head !== header || !payload || !signature || rest.length > 0) return null;
    const expected = this.mac(`${head}.${payload}`);
    const actual = Buffer.from(signature, 'base64url');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
    const parsed = claimsSchema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString()));
    if (!parsed.success || parsed.data.exp * 1000 <= now) return null;
    return parsed.data;
  }

  private mac(data: string): Buffer {
    return createHmac('sha256', this.key).update(data).digest();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
