import type { NodeCatalogContract } from '../catalog-contract';
import { edge, node, sampleBot } from '../testing/sample-bot';
import { testCatalog } from '../testing/test-catalog';
import { flowAt, validateSample } from '../testing/validate-sample';
import { validateBot } from './validate-bot';

describe('validateBot', () => {
  it('finds nothing wrong with the sample bot', () => {
    expect(validateBot(sampleBot(), testCatalog)).toEqual([]);
  });

  it('stops at a document that does not parse, reporting only that', () => {
    const problems = validateBot({ schemaVersion: 2, flows: 'none' }, testCatalog);
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['invalid-document']));
    expect(validateBot({ schemaVersion: 99 }, testCatalog).map((p) => p.code)).toEqual([
      'unsupported-schema-version',
    ]);
  });

  it('lists bot-level problems first, then each flow in order, in check order within a flow', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 2).nodes.push(node('orphan', 'end'));
      flowAt(bot, 0).edges.push(edge('sorry', 'next', 'n99', 'e7'));
      bot.variables?.push({ name: 'status', type: 'string' });
      flowAt(bot, 1).nodes.push(node('second-start', 'start'));
    });
    expect(problems.map((p) => [p.code, p.flowId])).toEqual([
      ['duplicate-name', undefined],
      ['edge-target-missing', 'main'],
      ['duplicate-outcome-edge', 'main'],
      ['multiple-starts', 'lookup'],
      ['missing-outcome-edge', 'lookup'],
      ['unreachable-node', 'agent'],
    ]);
  });

  it('gives the same list for the same input', () => {
    const change = (bot: ReturnType<typeof sampleBot>) => {
      flowAt(bot, 0).edges.reverse();
      flowAt(bot, 0).nodes.push(node('x', 'message', { text: '{{ vars.q }}' }), node('y', 'nope'));
    };
    expect(validateSample(change)).toEqual(validateSample(change));
  });

  it('reports a kind whose outcomes() throws on each of its nodes, and checks the rest', () => {
    const message = testCatalog.message;
    if (message === undefined) throw new Error('the test catalog has a message kind');
    const catalog: NodeCatalogContract = {
      ...testCatalog,
      message: {
        ...message,
        outcomes: () => {
          throw new Error('outcomes exploded');
        },
      },
    };
    const bot = sampleBot();
    flowAt(bot, 0).nodes.push(
      node('q', 'set', { assignments: [{ variable: 'status', value: 'vars.nope' }] }),
    );
    const problems = validateBot(bot, catalog);
    const internal = problems.filter((p) => p.code === 'internal-error');
    expect(internal.map((p) => p.nodeId)).toEqual(['welcome', 'report', 'sorry', 'handing-over']);
    expect(internal[0]?.message).toContain("the kind's outcomes() failed (outcomes exploded)");
    expect(problems.some((p) => p.code === 'undeclared-variable' && p.nodeId === 'q')).toBe(true);
  });

  it('never throws, even when the catalog itself fails', () => {
    const hostile = new Proxy<NodeCatalogContract>(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('no catalog today');
        },
        ownKeys: () => {
          throw new Error('no catalog today');
        },
      },
    );
    const problems = validateBot(sampleBot(), hostile);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'internal-error',
        message: expect.stringContaining('no catalog today'),
      }),
    ]);
  });
});
