import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { UserRole } from '../users/user.entity';

/** Who is calling: a logged-in user or an API key, always inside one workspace. */
export interface Caller {
  workspaceId: string;
  role: UserRole;
  /** The user, or `null` for an API key. */
  userId: string | null;
  /** The API key, or `null` for a user. */
  apiKeyId: string | null;
  /** The client address, for the audit log. */
  ip: string;
}

/** The request as the auth guard leaves it. */
export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };

/** The authenticated {@link Caller} of the request (set by the auth guard). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.caller) throw new Error('CurrentCaller used on a route without a role policy');
  return request.caller;
});
