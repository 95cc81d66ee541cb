import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';
import type { UserRole } from '../users/user.entity';

/** Metadata key of a handler's access policy. */
export const POLICY_KEY = 'parley:policy';
/** The OpenAPI extension each operation carries its policy in: roles, or `["public"]`. */
export const POLICY_EXTENSION = 'x-parley-roles';

/** Who may call a route: anyone, or callers holding one of the roles. */
export type Policy = { public: true } | { public: false; roles: readonly UserRole[] };

/**
 * Only callers with one of `roles` (a user's access token or an API key) may call
 * the route; others get 403, unauthenticated callers 401. Every route must carry
 * this or {@link Public}: the auth guard refuses to start otherwise.
 */
export function Allow(...roles: [UserRole, ...UserRole[]]): MethodDecorator & ClassDecorator {
  const policy: Policy = { public: false, roles };
  return applyDecorators(
    SetMetadata(POLICY_KEY, policy),
    ApiExtension(POLICY_EXTENSION, roles),
    ApiSecurity('bearer'),
    ApiSecurity('api-key'),
  );
}

/** Anyone may call the route, without credentials (log-in, health, metrics). */
export function Public(): MethodDecorator & ClassDecorator {
  const policy: Policy = { public: true };
  return applyDecorators(
    SetMetadata(POLICY_KEY, policy),
    ApiExtension(POLICY_EXTENSION, ['public']),
  );
}
