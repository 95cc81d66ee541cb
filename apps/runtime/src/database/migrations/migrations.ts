import type { MigrationInterface } from 'typeorm';
import { Auth1764000000000 } from './auth.migration';
import { Channels1764000600000 } from './channels.migration';
import { Contacts1764000200000 } from './contacts.migration';
import { ConversationHotUpdates1764000700000 } from './conversation-hot-updates.migration';
import { Conversations1764000500000 } from './conversations.migration';
import { InitialSchema1763942400000 } from './initial-schema.migration';
import { Secrets1764000100000 } from './secrets.migration';
import { Timers1764000400000 } from './timers.migration';
import { Versions1764000300000 } from './versions.migration';

/**
 * Every migration, oldest first. Listed by hand rather than found by a file glob,
 * so that the compiled runtime and the tests load exactly the same set. A new
 * migration is a class named `<Name><timestamp in ms>` in this folder, appended here.
 */
export const migrations: (new () => MigrationInterface)[] = [
  InitialSchema1763942400000,
  Auth1764000000000,
  Secrets1764000100000,
  Contacts1764000200000,
  Versions1764000300000,
  Timers1764000400000,
  Conversations1764000500000,
  Channels1764000600000,
  ConversationHotUpdates1764000700000,
];
