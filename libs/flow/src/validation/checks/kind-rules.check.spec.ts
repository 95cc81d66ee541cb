import { z } from 'zod';
import type { NodeCatalogContract } from '../../catalog-contract';
import { sampleBot } from '../../testing/sample-bot';
import { testCatalog } from '../../testing/test-catalog';
import { nodeById, withCode } from '../../testing/validate-sample';
import { validateBot } from '../validate-bot';

describe('kindRulesCheck', () => {
  it("adds the kind's own issues, located in the node's data", () => {
    const catalog: NodeCatalogContract = {
      ...testCatalog,
      end: {
        settingsSchema: z.object({ ends: z.string().default('conversation') }),
        outcomes: () => [],
        waitsForInput: () => false,
        check: (settings, context) => [
          {
            code: 'kind-rule',
            path: ['ends'],
            message: `checked ${context.node.id} in ${context.flow.id}`,
          },
        ],
      },
    };
    const problems = validateBot(sampleBot(), catalog);
    expect(withCode(problems, 'kind-rule')).toEqual([
      {
        code: 'kind-rule',
        severity: 'error',
        flowId: 'main',
        nodeId: 'bye',
        path: ['flows', 0, 'nodes', 9, 'data', 'ends'],
        message: 'Node "bye" (end) in flow "main", field ends: checked bye in main.',
      },
      expect.objectContaining({ nodeId: 'done', flowId: 'lookup' }),
      expect.objectContaining({ nodeId: 'end', flowId: 'agent' }),
    ]);
  });

  it('keeps one problem when a kind check repeats what a field rule found', () => {
    const bot = sampleBot();
    nodeById(bot, 0, 'to-agent').data = { flowId: 'nowhere' };
    const problems = validateBot(bot, testCatalog);
    expect(withCode(problems, 'unknown-flow')).toHaveLength(1);
  });

  it('turns a kind check that throws into an internal error on its node, and goes on', () => {
    const jump = testCatalog.jump;
    if (jump === undefined) throw new Error('the test catalog has a jump kind');
    const failing = () => {
      throw new Error('boom');
    };
    const catalog: NodeCatalogContract = { ...testCatalog, jump: { ...jump, check: failing } };
    const problems = validateBot(sampleBot(), catalog);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'internal-error',
        nodeId: 'to-agent',
        message: expect.stringContaining("the kind's check() failed (boom)"),
      }),
    ]);
  });
});
