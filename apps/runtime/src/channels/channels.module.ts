import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { BotsModule } from '../bots/bots.module';
import { Channel } from './channel.entity';
import { ChannelDirectory } from './channel.directory';
import { ChannelOrigins } from './channel-origins';
import { ChannelsController } from './channels.controller';
import { ChannelsService } from './channels.service';
import { WidgetAssetsController } from './widget-assets.controller';
import { WidgetConfigController } from './widget-config.controller';

/**
 * Channels: the web widget's set-up (staff API), its public configuration, the
 * script and demo page, and the origin rule every way into a channel's chat follows.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Channel]), AuditModule, BotsModule],
  controllers: [ChannelsController, WidgetConfigController, WidgetAssetsController],
  providers: [ChannelsService, ChannelDirectory, ChannelOrigins],
  exports: [ChannelDirectory, ChannelOrigins],
})
export class ChannelsModule {}
