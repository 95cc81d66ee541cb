import { Column } from 'typeorm';
import { Bot } from '../bots/bot.entity';
import { foreignKeyRelation } from './entity-columns';

/**
 * The columns of a row that belongs to a bot. Kept apart from
 * `workspace-columns.ts` so that `Bot`, which belongs to a workspace, can use
 * those without an import cycle.
 */

/** `bot_id uuid NOT NULL`. */
export function botIdColumn(): PropertyDecorator {
  return Column({ name: 'bot_id', type: 'uuid' });
}

/** The bot behind `bot_id`; deleting the bot deletes the row. */
export function botRelation(table: string): PropertyDecorator {
  return foreignKeyRelation(table, 'bot_id', () => Bot, 'CASCADE');
}
