import type { FastifyReply, FastifyRequest } from 'fastify';

/** The httpOnly cookie the studio's refresh token travels in. */
export const REFRESH_COOKIE = 'parley_refresh';
const COOKIE_PATH = '/api/v1/auth';

/** The refresh token from the request's cookie, if any. */
export function readRefreshCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Sets (or, with `token` `undefined`, clears) the refresh cookie: httpOnly so page
 * scripts never see it, SameSite=Strict and scoped to the auth routes so no other
 * request carries it, `Secure` unless the runtime is served over plain http.
 */
export function writeRefreshCookie(
  reply: FastifyReply,
  token: string | undefined,
  maxAgeSeconds: number,
  secure: boolean,
): void {
  const attributes = [
    `${REFRESH_COOKIE}=${token ?? ''}`,
    `Path=${COOKIE_PATH}`,
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${token === undefined ? 0 : maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ];
  void reply.header('set-cookie', attributes.join('; '));
}
