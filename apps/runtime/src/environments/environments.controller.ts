import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { botIdSchema } from '../bots/bot-request.schema';
import { botIdParam } from '../bots/bots.controller';
import { parseRequest } from '../http/parse-request';
import {
  createEnvironmentSchema,
  deploySchema,
  environmentNameSchema,
  promoteSchema,
  rollbackSchema,
  updateEnvironmentSchema,
} from './environment-request.schema';
import {
  type DeploymentView,
  EnvironmentsService,
  type EnvironmentView,
} from './environments.service';

const envParam = { name: 'environment', description: '`staging`, `production`, …' };

/** Where a bot runs: each environment's version, variables and secret references. */
@ApiTags('environments')
@Controller('api/v1/bots/:botId')
export class EnvironmentsController {
  constructor(private readonly environments: EnvironmentsService) {}

  @Get('environments')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: "Lists the bot's environments and the version each runs" })
  list(@CurrentCaller() caller: Caller, @Param('botId') botId: string): Promise<EnvironmentView[]> {
    return this.environments.list(caller.workspaceId, parseRequest(botIdSchema, botId));
  }

  @Post('environments')
  @Allow('admin')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: 'Adds an environment with nothing deployed' })
  @ApiBody({ schema: { type: 'object', required: ['name'] } })
  create(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Body() body: unknown,
  ): Promise<EnvironmentView> {
    const { name } = parseRequest(createEnvironmentSchema, body);
    return this.environments.create(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      name,
      caller,
    );
  }

  @Patch('environments/:environment')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiParam(envParam)
  @ApiOperation({ summary: 'Sets bot variables and secret references (names, never values)' })
  @ApiBody({ schema: { type: 'object' } })
  update(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('environment') environment: string,
    @Body() body: unknown,
  ): Promise<EnvironmentView> {
    const changes = parseRequest(updateEnvironmentSchema, body);
    return this.environments.update(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(environmentNameSchema, environment),
      changes,
      caller,
    );
  }

  @Post('environments/:environment/deploy')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiParam(envParam)
  @ApiOperation({ summary: 'Points the environment at a version' })
  @ApiBody({ schema: { type: 'object', required: ['version'] } })
  deploy(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('environment') environment: string,
    @Body() body: unknown,
  ): Promise<EnvironmentView> {
    const { version } = parseRequest(deploySchema, body);
    return this.environments.deploy(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(environmentNameSchema, environment),
      version,
      caller,
    );
  }

  @Post('environments/:environment/rollback')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiParam(envParam)
  @ApiOperation({ summary: 'Goes back to the previous version it ran, or to the one given' })
  rollback(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('environment') environment: string,
    @Body() body: unknown,
  ): Promise<EnvironmentView> {
    const { version } = parseRequest(rollbackSchema, body ?? {});
    return this.environments.rollback(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(environmentNameSchema, environment),
      version,
      caller,
    );
  }

  @Get('environments/:environment/history')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiParam(envParam)
  @ApiOperation({
    summary: "The environment's deployments, promotions and rollbacks, newest first",
  })
  history(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('environment') environment: string,
  ): Promise<DeploymentView[]> {
    return this.environments.history(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(environmentNameSchema, environment),
    );
  }

  @Post('promote')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: "Runs staging's version in production (or `from` → `to`)" })
  promote(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Body() body: unknown,
  ): Promise<EnvironmentView> {
    const { from, to } = parseRequest(promoteSchema, body ?? {});
    return this.environments.promote(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      from,
      to,
      caller,
    );
  }
}
