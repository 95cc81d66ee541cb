import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { BotTransferController } from '../bot-transfer/bot-transfer.controller';
import { BotTransferService } from '../bot-transfer/bot-transfer.service';
import { EnvironmentDeployment } from '../environments/environment-deployment.entity';
import { Environment } from '../environments/environment.entity';
import { EnvironmentsController } from '../environments/environments.controller';
import { EnvironmentResolver } from '../environments/environment.resolver';
import { EnvironmentsService } from '../environments/environments.service';
import { BotVersion } from '../versions/bot-version.entity';
import { VersionsController } from '../versions/versions.controller';
import { VersionsService } from '../versions/versions.service';
import { Bot } from './bot.entity';
import { BotsController } from './bots.controller';
import { BotsService } from './bots.service';

/**
 * Bots and everything published from them: drafts, versions, environments, and
 * moving a bot between installations. One module because a publish writes all
 * of them in one transaction.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Bot, BotVersion, Environment, EnvironmentDeployment]),
    AuditModule,
  ],
  controllers: [BotTransferController, BotsController, VersionsController, EnvironmentsController],
  providers: [
    BotsService,
    VersionsService,
    EnvironmentsService,
    EnvironmentResolver,
    BotTransferService,
  ],
  exports: [
    BotsService,
    VersionsService,
    EnvironmentsService,
    EnvironmentResolver,
    BotTransferService,
  ],
})
export class BotsModule {}
