import {
  Body,
  ConflictException,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { openApiBody } from '../auth/auth.schemas';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { ZodBodyPipe } from '../auth/zod-body.pipe';
import { isUniqueViolation } from '../database/unique-violation';
import { toUserView, type UserView } from './user.view';
import { changeRoleSchema, newUserSchema } from './users.schemas';
import { UsersService } from './users.service';

/** The workspace's users; admins manage them. */
@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: "Lists the workspace's users" })
  async list(@CurrentCaller() caller: Caller): Promise<UserView[]> {
    return (await this.users.list(caller.workspaceId)).map(toUserView);
  }

  @Post()
  @Allow('admin')
  @ApiOperation({ summary: 'Adds a user to the workspace, with a password and a role' })
  @ApiBody({ schema: openApiBody(newUserSchema) })
  async create(
    @CurrentCaller() caller: Caller,
    @Body(new ZodBodyPipe(newUserSchema)) body: z.infer<typeof newUserSchema>,
  ): Promise<UserView> {
    const user = await this.users
      .create({ ...body, workspaceId: caller.workspaceId })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'users_workspace_email_key'))
          throw new ConflictException(`A user with the e-mail ${body.email} already exists`);
        throw error;
      });
    await this.audit.record({
      workspaceId: caller.workspaceId,
      action: 'user.created',
      actorUserId: caller.userId,
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, role: user.role },
      clientIp: caller.ip,
    });
    return toUserView(user);
  }

  @Get(':id')
  @Allow('admin')
  @ApiOperation({ summary: "One of the workspace's users" })
  async get(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UserView> {
    return toUserView(await this.users.get(caller.workspaceId, id));
  }

  @Patch(':id/role')
  @Allow('admin')
  @ApiOperation({ summary: "Changes a user's role; ends the user's sessions" })
  @ApiBody({ schema: openApiBody(changeRoleSchema) })
  async changeRole(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodBodyPipe(changeRoleSchema)) body: z.infer<typeof changeRoleSchema>,
  ): Promise<UserView> {
    const before = await this.users.get(caller.workspaceId, id);
    const user = await this.users.changeRole(caller.workspaceId, id, body.role);
    await this.audit.record({
      workspaceId: caller.workspaceId,
      action: 'user.role_changed',
      actorUserId: caller.userId,
      targetType: 'user',
      targetId: id,
      details: { from: before.role, to: user.role },
      clientIp: caller.ip,
    });
    return toUserView(user);
  }
}
