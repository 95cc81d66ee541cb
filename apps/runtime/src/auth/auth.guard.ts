import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import type { AuthenticatedRequest, Caller } from './caller';
import { type Policy, POLICY_KEY } from './policy.decorator';

/**
 * The global guard: reads the route's policy, authenticates the caller (a Bearer
 * access token or an `X-Api-Key` header), and checks the role. A route without a
 * policy is refused here too, although the policy check at start catches it first.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new ForbiddenException('This route has no access policy');
    if (policy.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = await this.authenticate(request);
    if (!caller) throw new UnauthorizedException('Log in or send an API key');
    if (!policy.roles.includes(caller.role)) {
      throw new ForbiddenException(`This needs one of the roles ${policy.roles.join(', ')}`);
    }
    request.caller = caller;
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Caller | null> {
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string') {
      const key = await this.apiKeys.authenticate(apiKey);
      if (!key) return null;
      const { workspaceId, role } = key;
      return { workspaceId, role, userId: null, apiKeyId: key.id, ip: request.ip };
    }
    const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '');
    const claims = match?.[1] ? this.tokens.verify(match[1]) : null;
    if (!claims) return null;
    // The current role, not one frozen in the token: a role change applies at once.
    const user = await this.users.findById(claims.sub);
    if (!user || user.workspaceId !== claims.ws) return null;
    return {
      workspaceId: user.workspaceId,
      role: user.role,
      userId: user.id,
      apiKeyId: null,
      ip: request.ip,
    };
  }
}
