import { Injectable } from '@nestjs/common';
import { AccessTokenService } from '../auth/access-token.service';
import { ChatSocketRefusal } from '../chat-socket/chat-socket.auth';
import { UsersService } from '../users/users.service';
import {
  SIMULATOR_ROLES,
  simulatorHandshakeSchema,
  type SimulatorSocketData,
} from './simulator.events';

/**
 * Checks a simulator handshake as the API checks a request: a valid staff access
 * token, of a user still in that workspace, whose current role may simulate.
 */
@Injectable()
export class SimulatorAuth {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
  ) {}

  async authenticate(auth: unknown): Promise<SimulatorSocketData> {
    const parsed = simulatorHandshakeSchema.safeParse(auth ?? {}, { reportInput: false });
    if (!parsed.success) {
      throw new ChatSocketRefusal(401, 'Connect with auth { token }: your access token');
    }
    const claims = this.tokens.verify(parsed.data.token);
    const user = claims ? await this.users.findById(claims.sub) : null;
    if (!claims || !user || user.workspaceId !== claims.ws) {
      throw new ChatSocketRefusal(401, 'The access token is not valid (it may have expired)');
    }
    if (!(SIMULATOR_ROLES as readonly string[]).includes(user.role)) {
      throw new ChatSocketRefusal(403, `This needs one of the roles ${SIMULATOR_ROLES.join(', ')}`);
    }
    return { workspaceId: user.workspaceId, userId: user.id };
  }
}
