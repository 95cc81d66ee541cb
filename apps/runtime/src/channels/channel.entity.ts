import { Check, Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Bot } from '../bots/bot.entity';
import { botIdColumn, botRelation } from '../database/bot-columns';
import { createdAtColumn, updatedAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import type { Workspace } from '../workspaces/workspace.entity';

/** How the web widget looks (docs: the widget contract). */
export interface ChannelTheme {
  /** `#RRGGBB`. */
  primaryColor: string;
  title: string;
  /** An http(s) URL, or `null` for the default avatar. */
  avatarUrl: string | null;
  /** Shown above the first bot message, per locale. */
  greeting: Record<string, string>;
  position: 'right' | 'left';
}

/**
 * Where customers reach a bot: today the web widget. A channel is bound to one
 * environment of its bot (conversations through it run that environment's
 * version) and names the websites allowed to embed it.
 */
@Entity({ name: 'channels' })
@Check('channels_kind_check', `"kind" IN ('web')`)
@Index('channels_bot_id_idx', ['botId'])
export class Channel {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'channels_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('channels')
  workspace?: Relation<Workspace>;

  @botIdColumn()
  botId!: string;

  @botRelation('channels')
  bot?: Relation<Bot>;

  /** The environment's name (`staging`…): a channel follows whatever it runs. */
  @Column({ type: 'text' })
  environment!: string;

  @Column({ type: 'text', default: 'web' })
  kind!: 'web';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'jsonb' })
  theme!: ChannelTheme;

  /** Exact origins (`https://shop.example.com`) whose pages may use the widget. */
  @Column({ name: 'allowed_origins', type: 'jsonb', default: () => `'[]'` })
  allowedOrigins!: string[];

  /** Host names the widget may load images from. */
  @Column({ name: 'allowed_image_hosts', type: 'jsonb', default: () => `'[]'` })
  allowedImageHosts!: string[];

  @createdAtColumn()
  createdAt!: Date;

  @updatedAtColumn()
  updatedAt!: Date;
}
