import { type DynamicModule, Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { BotTestsModule } from '../bot-tests/bot-tests.module';
import { BotsModule } from '../bots/bots.module';
import { ChannelsModule } from '../channels/channels.module';
import { ChatSocketModule } from '../chat-socket/chat-socket.module';
import { ConfigModule } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { ConversationsModule } from '../conversations/conversations.module';
import { DatabaseModule } from '../database/database.module';
import { ExamplesModule } from '../examples/examples.module';
import { EnginePortsModule } from '../engine-ports/engine-ports.module';
import { HealthModule } from '../health/health.module';
import { IdentityModule } from '../identity/identity.module';
import { MetricsModule } from '../metrics/metrics.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { SecretsModule } from '../secrets/secrets.module';
import { SimulatorModule } from '../simulator/simulator.module';
import { TimersModule } from '../timers/timers.module';
import { UsersModule } from '../users/users.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';

/** What the root module is built from; all of it is settled before Nest starts. */
export interface AppModuleOptions {
  config: RuntimeConfig;
  masterKey: Buffer;
  /** The configured PostgreSQL or the embedded one. */
  databaseUrl: string;
}

/** The runtime's root module: one feature module per concern (ARCHITECTURE §5). */
@Module({})
export class AppModule {
  static forRoot({ config, masterKey, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, masterKey),
        DatabaseModule.forRoot(databaseUrl),
        HealthModule,
        MetricsModule,
        WorkspacesModule,
        UsersModule,
        AuditModule,
        RateLimitModule,
        ApiKeysModule,
        AuthModule,
        BotsModule,
        BotTestsModule,
        SecretsModule,
        ChannelsModule,
        IdentityModule,
        TimersModule,
        EnginePortsModule,
        ConversationsModule,
        ChatSocketModule,
        SimulatorModule,
        ExamplesModule,
      ],
    };
  }
}
