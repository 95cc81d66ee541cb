import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { ChatSocketAuth } from './chat-socket.auth';
import { ChatSocketHandlers } from './chat-socket.handlers';
import { ChatSocketServer } from './chat-socket.server';
import { ConversationFeeds } from './conversation-feeds';

/** The chat API over socket.io: namespace `/chat` on the runtime's HTTP server. */
@Module({
  imports: [ConversationsModule, ChannelsModule],
  providers: [ChatSocketAuth, ChatSocketHandlers, ConversationFeeds, ChatSocketServer],
  // Other namespaces (the simulator's) attach to its socket.io server.
  exports: [ChatSocketServer],
})
export class ChatSocketModule {}
