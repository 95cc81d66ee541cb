import type { Migration } from './migration';
import { v1ToV2Migration } from './v1-to-v2.migration';

/**
 * Every migration, oldest first: they chain from version 1 up to
 * `CURRENT_SCHEMA_VERSION` (a spec checks the chain has no gap). A change to the
 * document schema that old documents would fail adds a step here and bumps the version.
 */
export const schemaMigrations: readonly Migration[] = [v1ToV2Migration];

/** The oldest schema version Parley can still read. */
export const OLDEST_SCHEMA_VERSION = 1;
