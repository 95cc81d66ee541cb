import fc from 'fast-check';
import { parseBotDocument } from '../parse/parse-bot-document';
import type { Problem } from '../problem';
import { downgradeToV1 } from '../testing/downgrade-to-v1';
import {
  applyMutation,
  hostileMutationArbitrary,
  hostileValueArbitrary,
} from '../testing/hostile-mutation.arbitrary';
import { testCatalog } from '../testing/test-catalog';
import { validBotArbitrary } from '../testing/valid-bot.arbitrary';
import { validateBot } from './validate-bot';

/** Generous for a shared 2-core machine; real runs take a few milliseconds. */
const MAX_MS_PER_RUN = 2_000;

/** validateBot, asserting it returned well-formed problems in bounded time. */
function validateTimed(doc: unknown): Problem[] {
  const started = performance.now();
  const problems = validateBot(doc, testCatalog);
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_RUN);
  expect(Array.isArray(problems)).toBe(true);
  for (const problem of problems) {
    expect(typeof problem.code).toBe('string');
    expect(['error', 'warning']).toContain(problem.severity);
    expect(Array.isArray(problem.path)).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThan(2_000);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  // The test catalog never fails, so an internal error would be a fault in the validator itself.
  expect(problems.filter((problem) => problem.code === 'internal-error')).toEqual([]);
  return problems;
}

const jsonCopy = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Mutations that keep the document JSON: small JSON values (so copies and deep
 * equality stay cheap) and no `duplicate`, which shares one object in two places —
 * something JSON cannot express, and which the unsafe-key scan visits once.
 */
const jsonMutation = hostileMutationArbitrary
  .filter((mutation) => mutation.op !== 'duplicate')
  .chain((mutation) => fc.jsonValue({ maxDepth: 2 }).map((value) => ({ ...mutation, value })));

describe('validateBot, property-based', () => {
  it('never throws or hangs on arbitrary values, including non-JSON ones', () => {
    const anything = fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, hostileValueArbitrary), (value) => void validateTimed(value)),
      {
        numRuns: 200,
      },
    );
  });

  it('never throws or hangs on mutated documents: dropped fields, wrong types, dangling edges, huge strings, deep nesting, prototype keys and ids', () => {
    fc.assert(
      fc.property(
        validBotArbitrary,
        fc.array(hostileMutationArbitrary, { minLength: 1, maxLength: 4 }),
        (bot, mutations) => {
          const doc = jsonCopy(bot);
          for (const mutation of mutations) applyMutation(doc, mutation);
          validateTimed(doc);
          validateTimed(downgradeToV1(doc));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same problems after a JSON round trip, for JSON-valued mutations', () => {
    fc.assert(
      fc.property(validBotArbitrary, fc.array(jsonMutation, { maxLength: 3 }), (bot, mutations) => {
        const doc = jsonCopy(bot);
        for (const mutation of mutations) applyMutation(doc, mutation);
        expect(validateTimed(jsonCopy(doc))).toEqual(validateTimed(doc));
      }),
      { numRuns: 150 },
    );
  });

  it('finds no problem in valid documents, before and after JSON and v1 round trips', () => {
    fc.assert(
      fc.property(validBotArbitrary, (bot) => {
        expect(validateTimed(bot)).toEqual([]);
        expect(validateTimed(jsonCopy(bot))).toEqual([]);
        const v1 = downgradeToV1(jsonCopy(bot));
        expect(validateTimed(v1)).toEqual([]);
        const fromV1 = parseBotDocument(v1);
        const fromV2 = parseBotDocument(bot);
        expect(fromV1).toEqual({
          ok: true,
          doc: fromV2.ok ? fromV2.doc : undefined,
          fromVersion: 1,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('does not mutate what it validates', () => {
    fc.assert(
      fc.property(validBotArbitrary, jsonMutation, (bot, mutation) => {
        const doc = jsonCopy(bot);
        applyMutation(doc, mutation);
        const before = structuredClone(doc);
        validateBot(doc, testCatalog);
        expect(doc).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
