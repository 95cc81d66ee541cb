import { Inject, Injectable } from '@nestjs/common';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { ChannelDirectory } from './channel.directory';
import { type OriginContext, originAllowed } from './origin-policy';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NONE: ReadonlySet<string> = new Set();

/**
 * The origin rule of the widget contract, for every way into a channel's chat
 * (HTTP hook, socket.io): which origins a chat resource admits. `undefined`
 * means the rule does not apply (no such channel or conversation: the route
 * answers 404; a conversation through no channel: today's behaviour).
 */
@Injectable()
export class ChannelOrigins {
  constructor(
    private readonly directory: ChannelDirectory,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  context(headers: { origin?: string | string[]; host?: string | string[] }): OriginContext {
    return {
      origin: single(headers.origin),
      host: single(headers.host),
      publicUrl: this.config.publicUrl,
    };
  }

  allows(context: OriginContext, allowed: ReadonlySet<string>): boolean {
    return originAllowed(context, allowed);
  }

  async ofChannel(channelId: unknown): Promise<ReadonlySet<string> | undefined> {
    if (typeof channelId !== 'string' || !uuid.test(channelId)) return undefined;
    return (await this.directory.channel(channelId))?.allowedOrigins;
  }

  /** A conversation whose channel was deleted admits only the runtime's own pages. */
  async ofConversation(conversationId: unknown): Promise<ReadonlySet<string> | undefined> {
    if (typeof conversationId !== 'string' || !uuid.test(conversationId)) return undefined;
    const channelId = await this.directory.channelOfConversation(conversationId);
    if (!channelId) return undefined;
    return (await this.directory.channel(channelId))?.allowedOrigins ?? NONE;
  }

  async ofBot(botId: unknown): Promise<ReadonlySet<string> | undefined> {
    if (typeof botId !== 'string' || !uuid.test(botId)) return undefined;
    return this.directory.originsOfBot(botId);
  }

  /** Origins of every channel: socket.io's long-polling CORS, decided before any conversation is known. */
  anyChannel(): Promise<ReadonlySet<string>> {
    return this.directory.allOrigins();
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
