import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Put,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { toUserView, type UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { changePasswordSchema, loginSchema, openApiBody } from './auth.schemas';
import {
  AuthService,
  REFRESH_TOKEN_SECONDS,
  type Session,
  TooManyAttemptsException,
} from './auth.service';
import { type Caller, CurrentCaller } from './caller';
import { Allow, Public } from './policy.decorator';
import { readRefreshCookie, writeRefreshCookie } from './refresh-cookie';
import { ZodBodyPipe } from './zod-body.pipe';
import type { z } from 'zod';

/** What log-in and refresh answer; the refresh token goes into the cookie only. */
interface SessionBody {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserView;
}

/** Log-in, session refresh, log-out and password change. */
@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Logs in: access token in the body, refresh token in a cookie' })
  @ApiBody({ schema: openApiBody(loginSchema) })
  async login(
    @Body(new ZodBodyPipe(loginSchema)) body: z.infer<typeof loginSchema>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionBody> {
    try {
      return this.answer(await this.auth.login(body.email, body.password, request.ip), reply);
    } catch (error) {
      if (error instanceof TooManyAttemptsException) {
        void reply.header('retry-after', String(error.retryAfterSeconds));
      }
      throw error;
    }
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Swaps the refresh cookie for a new access token and cookie' })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionBody> {
    const token = readRefreshCookie(request);
    if (!token) throw new UnauthorizedException('No session cookie; log in');
    return this.answer(await this.auth.refresh(token), reply);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Ends the session of the refresh cookie and clears it' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(readRefreshCookie(request));
    writeRefreshCookie(reply, undefined, 0, this.secure());
  }

  @Get('me')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiOperation({ summary: 'The logged-in user (or, for an API key, its workspace and role)' })
  async me(@CurrentCaller() caller: Caller): Promise<UserView | Omit<Caller, 'ip'>> {
    if (!caller.userId)
      return {
        workspaceId: caller.workspaceId,
        role: caller.role,
        userId: null,
        apiKeyId: caller.apiKeyId,
      };
    return toUserView(await this.users.get(caller.workspaceId, caller.userId));
  }

  @Put('password')
  @HttpCode(204)
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiOperation({ summary: 'Changes the own password; ends every session of the user' })
  @ApiBody({ schema: openApiBody(changePasswordSchema) })
  async changePassword(
    @CurrentCaller() caller: Caller,
    @Body(new ZodBodyPipe(changePasswordSchema)) body: z.infer<typeof changePasswordSchema>,
  ): Promise<void> {
    if (!caller.userId) throw new UnauthorizedException('API keys have no password');
    await this.auth.changePassword(caller.userId, body.currentPassword, body.newPassword);
  }

  private answer(session: Session, reply: FastifyReply): SessionBody {
    writeRefreshCookie(reply, session.refreshToken, REFRESH_TOKEN_SECONDS, this.secure());
    const { accessToken, expiresIn, user } = session;
    return { accessToken, tokenType: 'Bearer', expiresIn, user };
  }

  private secure(): boolean {
    return this.config.publicUrl?.startsWith('https:') ?? false;
  }
}
