import { CURRENT_SCHEMA_VERSION } from '../document/bot-document.schema';
import { quoteShort } from '../format-path';
import { isRecord } from '../is-record';
import { makeProblem } from '../make-problem';
import type { Problem } from '../problem';
import type { Migration, RawDocument } from './migration';
import { OLDEST_SCHEMA_VERSION, schemaMigrations } from './schema-migrations';

/** A migration that ran: the document went from version `from` to `to`. */
export interface AppliedMigration {
  from: number;
  to: number;
}

/** The upgraded raw document (not parsed yet), or why it cannot be read. */
export type MigrationResult =
  | { ok: true; doc: RawDocument; fromVersion: number; applied: AppliedMigration[] }
  | { ok: false; problem: Problem };

/** For specs of the mechanism itself; callers normally leave these out. */
export interface MigrateOptions {
  migrations?: readonly Migration[];
  targetVersion?: number;
}

/**
 * Brings a raw bot document up to `CURRENT_SCHEMA_VERSION`, one step at a time. The
 * input is never mutated: when a step runs, it works on a `structuredClone`. A
 * document already current is returned as it is (no step, no copy).
 *
 * @example
 * const result = migrateDocument(JSON.parse(text));
 * if (result.ok) console.log(`read a v${result.fromVersion} document`, result.doc);
 * else console.error(result.problem.message);
 */
export function migrateDocument(raw: unknown, options: MigrateOptions = {}): MigrationResult {
  const migrations = options.migrations ?? schemaMigrations;
  const target = options.targetVersion ?? CURRENT_SCHEMA_VERSION;
  if (!isRecord(raw)) {
    return fail('invalid-document', 'A bot document must be a JSON object.', []);
  }
  const version = readVersion(raw.schemaVersion, target);
  if (typeof version !== 'number') return { ok: false, problem: version };
  if (version === target) return { ok: true, doc: raw, fromVersion: version, applied: [] };

  let doc: RawDocument;
  try {
    doc = structuredClone(raw);
  } catch {
    return fail(
      'invalid-document',
      'The document holds values that are not JSON (such as functions).',
      [],
    );
  }
  const applied: AppliedMigration[] = [];
  for (let at = version; at < target;) {
    const step = migrations.find((migration) => migration.from === at);
    if (step === undefined || step.to <= at) {
      return fail('internal-error', `Parley has no migration from schema version ${at}.`, [
        'schemaVersion',
      ]);
    }
    doc = { ...step.migrate(doc), schemaVersion: step.to };
    applied.push({ from: step.from, to: step.to });
    at = step.to;
  }
  return { ok: true, doc, fromVersion: version, applied };
}

/** The document's version when Parley can read it, else the problem saying why not. */
function readVersion(version: unknown, target: number): number | Problem {
  if (version === undefined) {
    return unsupported(
      'The document has no "schemaVersion", so Parley cannot tell how to read it.',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return unsupported(`The schema version must be a whole number, not ${describeValue(version)}.`);
  }
  if (version > target) {
    return unsupported(
      `This document was made by a newer Parley (schema version ${version}; this one reads up to ` +
        `version ${target}). Upgrade Parley to open it.`,
    );
  }
  if (version < OLDEST_SCHEMA_VERSION) {
    return unsupported(
      `Schema version ${version} does not exist; the first version is ${OLDEST_SCHEMA_VERSION}.`,
    );
  }
  return version;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteShort(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null
    ? 'null'
    : `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

function unsupported(message: string): Problem {
  return makeProblem('unsupported-schema-version', message, { path: ['schemaVersion'] });
}

function fail(code: Problem['code'], message: string, path: (string | number)[]): MigrationResult {
  return { ok: false, problem: makeProblem(code, message, { path }) };
}
