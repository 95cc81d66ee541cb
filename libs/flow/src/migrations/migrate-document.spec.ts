import { CURRENT_SCHEMA_VERSION } from '../document/bot-document.schema';
import { sampleBot } from '../testing/sample-bot';
import { migrateDocument } from './migrate-document';
import type { Migration } from './migration';
import { OLDEST_SCHEMA_VERSION, schemaMigrations } from './schema-migrations';

describe('migrateDocument', () => {
  it.each([
    ['missing', {}, /no "schemaVersion"/],
    ['a string', { schemaVersion: '2' }, /whole number, not "2"/],
    ['a fraction', { schemaVersion: 1.5 }, /whole number, not 1.5/],
    ['NaN', { schemaVersion: Number.NaN }, /whole number/],
    ['an object', { schemaVersion: { v: 1 } }, /whole number, not a value of type object/],
    ['zero', { schemaVersion: 0 }, /does not exist/],
    [
      'newer than this Parley',
      { schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
      /made by a newer Parley/,
    ],
  ])('rejects a schema version that is %s', (_label, raw, message) => {
    const result = migrateDocument(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({
      code: 'unsupported-schema-version',
      path: ['schemaVersion'],
    });
    expect(result.problem.message).toMatch(message);
  });

  it.each([null, 'text', 42, [1, 2]])('rejects %p as not a document', (raw) => {
    const result = migrateDocument(raw);
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({
        code: 'invalid-document',
        message: 'A bot document must be a JSON object.',
      }),
    });
  });

  it('returns a current document as it is, with no step applied', () => {
    const bot = sampleBot();
    const result = migrateDocument(bot);
    expect(result).toEqual({
      ok: true,
      doc: bot,
      fromVersion: CURRENT_SCHEMA_VERSION,
      applied: [],
    });
    if (result.ok) expect(result.doc).toBe(bot);
  });

  it('runs the steps in order up to the target and records them', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      from,
      to: from + 1,
      description: `step ${from}`,
      migrate: (doc) => {
        seen.push(from);
        return { ...doc, [`touched${from}`]: true };
      },
    });
    const result = migrateDocument(
      { schemaVersion: 1 },
      { migrations: [step(2), step(1), step(3)], targetVersion: 4 },
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toEqual({
      ok: true,
      doc: { schemaVersion: 4, touched1: true, touched2: true, touched3: true },
      fromVersion: 1,
      applied: [
        { from: 1, to: 2 },
        { from: 2, to: 3 },
        { from: 3, to: 4 },
      ],
    });
  });

  it('never mutates its input, even when a step mutates what it is given', () => {
    const raw = { schemaVersion: 1, nested: { value: 1 } };
    const snapshot = structuredClone(raw);
    const careless: Migration = {
      from: 1,
      to: 2,
      description: 'mutates in place',
      migrate: (doc) => {
        Object.assign(doc, { added: true });
        return doc;
      },
    };
    const result = migrateDocument(raw, { migrations: [careless], targetVersion: 2 });
    expect(result.ok && result.doc).toMatchObject({ schemaVersion: 2, added: true });
    expect(raw).toEqual(snapshot);
  });

  it('reports a gap in the chain instead of looping', () => {
    const result = migrateDocument({ schemaVersion: 1 }, { migrations: [], targetVersion: 3 });
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'internal-error' }),
    });
  });

  it('reports values that are not JSON instead of throwing', () => {
    const result = migrateDocument({ schemaVersion: 1, flows: [() => 1] });
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'invalid-document' }),
    });
  });
});

describe('schemaMigrations', () => {
  it('chain without gaps from the oldest version to the current one', () => {
    const versions = schemaMigrations.map((migration) => [migration.from, migration.to]);
    const expected = Array.from(
      { length: CURRENT_SCHEMA_VERSION - OLDEST_SCHEMA_VERSION },
      (_, i) => [OLDEST_SCHEMA_VERSION + i, OLDEST_SCHEMA_VERSION + i + 1],
    );
    expect(versions).toEqual(expected);
  });
});
