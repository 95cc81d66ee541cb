import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '../bots/bots.module';
import { ChannelsModule } from '../channels/channels.module';
import { EnginePortsModule } from '../engine-ports/engine-ports.module';
import { IdentityModule } from '../identity/identity.module';
import { MetricsModule } from '../metrics/metrics.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { SecretsModule } from '../secrets/secrets.module';
import { TimersModule } from '../timers/timers.module';
import { ChatController } from './chat.controller';
import { ConversationHistoryController } from './conversation-history.controller';
import { ConversationHistoryService } from './conversation-history.service';
import { ChatMessage } from './chat-message.entity';
import { ConversationTimers } from './conversation-timers';
import { ConversationTokenService } from './conversation-token.service';
import { Conversation } from './conversation.entity';
import { ConversationMetrics } from './conversation.metrics';
import { ConversationNotifier } from './conversation.notifier';
import { ConversationStore } from './conversation.store';
import { ConversationsService } from './conversations.service';
import { EnvironmentSecretsCache } from './environment-secrets.cache';
import { InboxDrainer } from './inbox.drainer';
import { InboxSweeper } from './inbox.sweeper';
import { MessageReader } from './message.reader';
import { Turn } from './turn.entity';
import { TurnProcessor } from './turn.processor';

/** Conversations: the chat API, exact turns under a lease, their timers and metrics. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Conversation, ChatMessage, Turn]),
    BotsModule,
    ChannelsModule,
    EnginePortsModule,
    IdentityModule,
    MetricsModule,
    RateLimitModule,
    SecretsModule,
    TimersModule,
  ],
  controllers: [ChatController, ConversationHistoryController],
  providers: [
    ConversationStore,
    MessageReader,
    ConversationNotifier,
    ConversationTokenService,
    ConversationMetrics,
    EnvironmentSecretsCache,
    TurnProcessor,
    InboxDrainer,
    InboxSweeper,
    ConversationTimers,
    ConversationsService,
    ConversationHistoryService,
  ],
  exports: [
    ConversationsService,
    ConversationStore,
    MessageReader,
    ConversationNotifier,
    ConversationTokenService,
  ],
})
export class ConversationsModule {}
