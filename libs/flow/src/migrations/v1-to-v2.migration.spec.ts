import { parseBotDocument } from '../parse/parse-bot-document';
import { orderStatusV1 } from '../testing/order-status-v1.fixture';
import { testCatalog } from '../testing/test-catalog';
import { validateBot } from '../validation/validate-bot';
import { migrateDocument } from './migrate-document';
import { v1ToV2Migration } from './v1-to-v2.migration';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('v1 → v2 migration', () => {
  it('turns a real v1 document into a v2 one that validates without problems', () => {
    const result = migrateDocument(orderStatusV1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.applied).toEqual([{ from: 1, to: 2 }]);
    expect(result.doc.schemaVersion).toBe(2);
    expect(validateBot(orderStatusV1, testCatalog)).toEqual([]);
  });

  it('renames edge outcomes to sourceHandle and the NLU threshold setting', () => {
    const parsed = parseBotDocument(orderStatusV1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fromVersion).toBe(1);
    expect(parsed.doc.settings.nluConfidenceThreshold).toBe(0.55);
    expect(parsed.doc.settings.timezone).toBe('Asia/Shanghai');
    const edges = parsed.doc.flows[0]?.edges ?? [];
    expect(edges.map((edge) => edge.sourceHandle)).toEqual(
      orderStatusV1.flows[0]?.edges.map((edge) => edge.outcome),
    );
    expect(edges.every((edge) => !('outcome' in edge))).toBe(true);
  });

  it('does not mutate the document it is given', () => {
    const frozen = deepFreeze(structuredClone(orderStatusV1));
    expect(() => v1ToV2Migration.migrate(frozen)).not.toThrow();
    expect(frozen).toEqual(orderStatusV1);
  });

  it('keeps the v2 name when a document already has both', () => {
    const migrated = v1ToV2Migration.migrate({
      schemaVersion: 1,
      settings: { nluThreshold: 0.1, nluConfidenceThreshold: 0.9 },
      flows: [{ edges: [{ id: 'e', outcome: 'old', sourceHandle: 'new' }] }],
    });
    expect(migrated).toEqual({
      schemaVersion: 2,
      settings: { nluConfidenceThreshold: 0.9 },
      flows: [{ edges: [{ id: 'e', sourceHandle: 'new' }] }],
    });
  });

  it('leaves sections it cannot read for the schema to report', () => {
    const odd = {
      schemaVersion: 1,
      settings: 'loud',
      flows: [null, { edges: 'none' }, { edges: [7] }],
    };
    expect(v1ToV2Migration.migrate(odd)).toEqual({ ...odd, schemaVersion: 2 });
  });

  it('is stable: the migrated document parses to the same thing after a JSON round trip', () => {
    const first = parseBotDocument(orderStatusV1);
    if (!first.ok) throw new Error('the v1 fixture should parse');
    const again = parseBotDocument(JSON.parse(JSON.stringify(first.doc)));
    expect(again).toEqual({ ok: true, doc: first.doc, fromVersion: 2 });
  });
});
