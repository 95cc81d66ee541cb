import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outcomeCoverage, runConversationTest, type TestReport } from '@parley/conversation-tests';
import {
  parseBotDocument,
  validateBot,
  widgetFields,
  type BotDocument,
  type NodeCatalogContract,
} from '@parley/flow';
import { getNodeDefinition, nodeCatalog } from '@parley/nodes';
import { repoRoot } from '../testing/run-parley';
import { readConversationTestFile } from './conversation-test-file.reader';

const examples = ['order-status', 'returns'] as const;
const contracts: NodeCatalogContract = nodeCatalog;

function loadBot(name: string): { raw: unknown; doc: BotDocument } {
  const raw: unknown = JSON.parse(
    readFileSync(join(repoRoot, 'examples/bots', `${name}.json`), 'utf8'),
  );
  const parsed = parseBotDocument(raw);
  if (!parsed.ok) throw new Error(`${name}.json does not parse`);
  return { raw, doc: parsed.doc };
}

async function runExample(name: string): Promise<{ doc: BotDocument; reports: TestReport[] }> {
  const { doc } = loadBot(name);
  const file = await readConversationTestFile(
    join(repoRoot, 'examples/bots', `${name}.tests.yaml`),
    doc,
  );
  if (!file.ok) throw new Error(file.errors.join('\n'));
  const reports: TestReport[] = [];
  for (const test of file.tests) reports.push(await runConversationTest(doc, test));
  return { doc, reports };
}

describe.each(examples)('the %s example', (name) => {
  let run: { doc: BotDocument; reports: TestReport[] };
  beforeAll(async () => {
    run = await runExample(name);
  });

  it('validates with no problem at all, not even a warning', () => {
    expect(validateBot(loadBot(name).raw, nodeCatalog)).toEqual([]);
  });

  it('has at least 10 tests, some in Chinese, and they all pass', () => {
    expect(run.reports.length).toBeGreaterThanOrEqual(10);
    expect(run.reports.some((r) => r.test.locale === 'zh-CN')).toBe(true);
    expect(run.reports.filter((r) => !r.passed).map((r) => r.test.name)).toEqual([]);
  });

  it('takes every outcome of every node, computed from the traces of its tests', () => {
    const coverage = outcomeCoverage(
      run.doc,
      run.reports.flatMap((r) => r.trace),
    );
    expect(coverage.missing).toEqual([]);
    expect(coverage.unvisited).toEqual([]);
    // Every outcome a node can take with its settings has an edge, so edges are all outcomes.
    for (const flow of run.doc.flows) {
      for (const node of flow.nodes) {
        const kind = contracts[node.type];
        const outcomes = kind?.outcomes(kind.settingsSchema.parse(node.data)) ?? [];
        const wired = flow.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle);
        expect({ node: node.id, outcomes: [...outcomes].sort() }).toEqual({
          node: node.id,
          outcomes: [...wired].sort(),
        });
      }
    }
    expect(coverage.covered).toBe(coverage.total);
  });

  it('says every customer-facing text in English and Chinese', () => {
    const missing: string[] = [];
    let texts = 0;
    const check = (where: string, value: unknown) => {
      texts += 1;
      const ok = typeof value === 'object' && value !== null && 'en' in value && 'zh-CN' in value;
      if (!ok) missing.push(where);
    };
    check('settings.fallbackMessage', run.doc.settings.fallbackMessage);
    for (const flow of run.doc.flows) {
      for (const node of flow.nodes) {
        const schema = getNodeDefinition(node.type)?.settingsSchema;
        if (schema === undefined) continue;
        for (const field of widgetFields(schema, node.data)) {
          if (field.widget === 'template' && !isMachineText(field.path))
            check(`${node.id}.${field.path.join('.')}`, field.value);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(texts).toBeGreaterThan(20);
  });
});

describe('outcome coverage', () => {
  it('reports what a partial run leaves out (so the check above can fail)', async () => {
    const { doc, reports } = await runExample('order-status');
    const first = reports[0];
    if (first === undefined) throw new Error('no tests');
    const coverage = outcomeCoverage(doc, first.trace);
    expect(coverage.covered).toBeLessThan(coverage.total);
    expect(coverage.missing).toContainEqual({
      flowId: 'main',
      nodeId: 'find-order',
      outcome: 'error',
    });
    expect(coverage.unvisited).toContainEqual({ flowId: 'main', nodeId: 'goodbye-unresolved' });
  });
});

/** URLs, headers and request bodies go to machines, not customers. */
function isMachineText(path: readonly (string | number)[]): boolean {
  return path[0] === 'http';
}
