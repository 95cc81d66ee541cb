import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Bot } from './bot.entity';
import { BotsController } from './bots.controller';
import { BotsService } from './bots.service';

/** Bots, their drafts, and document validation. */
@Module({
  imports: [TypeOrmModule.forFeature([Bot]), AuditModule],
  controllers: [BotsController],
  providers: [BotsService],
  exports: [BotsService],
})
export class BotsModule {}
