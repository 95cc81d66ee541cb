import { Module } from '@nestjs/common';
import { BotsModule } from '../bots/bots.module';
import { BotTestsController } from './bot-tests.controller';
import { BotTestsService } from './bot-tests.service';

/** The run API of conversation tests (the publish gate runs them from VersionsService). */
@Module({
  imports: [BotsModule],
  controllers: [BotTestsController],
  providers: [BotTestsService],
})
export class BotTestsModule {}
