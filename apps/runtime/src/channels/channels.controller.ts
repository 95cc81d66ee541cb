import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { botIdSchema } from '../bots/bot-request.schema';
import { botIdParam } from '../bots/bots.controller';
import { parseRequest } from '../http/parse-request';
import {
  channelIdSchema,
  createChannelSchema,
  updateChannelSchema,
} from './channel-request.schema';
import type { ChannelListItem, ChannelView } from './channel.view';
import { ChannelsService } from './channels.service';

export const channelIdParam = { name: 'channelId', description: 'The channel id (a UUID)' };

/** Where customers reach the bot (the web widget): staff set-up. Viewers read, editors write. */
@ApiTags('channels')
@Controller('api/v1/bots/:botId/channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiOperation({
    summary: "Lists the bot's channels with the version their environment runs",
  })
  list(@CurrentCaller() caller: Caller, @Param('botId') botId: string): Promise<ChannelListItem[]> {
    return this.channels.list(caller.workspaceId, parseRequest(botIdSchema, botId));
  }

  @Post()
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: 'Adds a web channel bound to an environment' })
  @ApiBody({ schema: { type: 'object', required: ['environment'] } })
  create(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Body() body: unknown,
  ): Promise<ChannelView> {
    return this.channels.create(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(createChannelSchema, body ?? {}),
      caller,
    );
  }

  @Get(':channelId')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiParam(channelIdParam)
  @ApiOperation({ summary: 'One channel' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('channelId') channelId: string,
  ): Promise<ChannelView> {
    return this.channels.get(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(channelIdSchema, channelId),
    );
  }

  @Patch(':channelId')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiParam(channelIdParam)
  @ApiOperation({
    summary: 'Changes the environment, name, on/off, theme (merged), origins or image hosts',
  })
  @ApiBody({ schema: { type: 'object' } })
  update(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('channelId') channelId: string,
    @Body() body: unknown,
  ): Promise<ChannelView> {
    return this.channels.update(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(channelIdSchema, channelId),
      parseRequest(updateChannelSchema, body ?? {}),
      caller,
    );
  }

  @Delete(':channelId')
  @HttpCode(204)
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiParam(channelIdParam)
  @ApiOperation({ summary: 'Deletes the channel (its conversations stay)' })
  async delete(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('channelId') channelId: string,
  ): Promise<void> {
    await this.channels.delete(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(channelIdSchema, channelId),
      caller,
    );
  }
}
