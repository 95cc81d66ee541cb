import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/policy.decorator';
import { parseRequest } from '../http/parse-request';
import { channelIdSchema } from './channel-request.schema';
import type { WidgetConfig } from './channel.view';
import { channelIdParam } from './channels.controller';
import { ChannelsService } from './channels.service';

/**
 * What the web widget reads when a page loads it. Public (no studio account);
 * browsers from origins the channel does not allow get 403 (channel-origin.hook).
 */
@ApiTags('chat')
@Public()
@Controller('api/v1/channels/:channelId/widget')
export class WidgetConfigController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @ApiParam(channelIdParam)
  @ApiOperation({
    summary:
      "The widget's settings: theme, locales, image hosts (409 when switched off or nothing is published)",
  })
  config(@Param('channelId') channelId: string): Promise<WidgetConfig> {
    return this.channels.widgetConfig(parseRequest(channelIdSchema, channelId));
  }
}
