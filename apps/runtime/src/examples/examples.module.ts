import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BotsModule } from '../bots/bots.module';
import { UsersModule } from '../users/users.module';
import { ExampleBotsSeeder } from './example-bots.seeder';

/** The example bots a new installation starts with. */
@Module({
  imports: [AuditModule, BotsModule, UsersModule],
  providers: [ExampleBotsSeeder],
})
export class ExamplesModule {}
