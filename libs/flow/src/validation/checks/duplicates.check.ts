import { quoteShort } from '../../format-path';
import { makeProblem } from '../../make-problem';
import type { Problem, ProblemCode } from '../../problem';
import { describeFlow } from '../describe';
import type { Path, ValidationContext } from '../validation-context';

interface Listed {
  key: string;
  path: Path;
  flowId?: string;
  nodeId?: string;
  edgeId?: string;
}

/**
 * Ids and names that must be unique: flow ids; node and edge ids within a flow
 * (React Flow keys them per canvas); variable, intent and entity names; a flow's
 * parameter and return names; conversation test names. Each repeat after the first is reported.
 */
export function duplicatesCheck(context: ValidationContext): Problem[] {
  const { doc } = context;
  const problems = [
    ...repeats(
      'duplicate-id',
      'flow id',
      'the bot',
      doc.flows.map((flow, i) => ({ key: flow.id, path: ['flows', i, 'id'], flowId: flow.id })),
    ),
    ...repeats(
      'duplicate-name',
      'variable name',
      'the bot',
      doc.variables.map((v, i) => ({ key: v.name, path: ['variables', i, 'name'] })),
    ),
    ...repeats(
      'duplicate-name',
      'intent name',
      'the bot',
      doc.intents.map((v, i) => ({ key: v.name, path: ['intents', i, 'name'] })),
    ),
    ...repeats(
      'duplicate-name',
      'entity name',
      'the bot',
      doc.entities.map((v, i) => ({ key: v.name, path: ['entities', i, 'name'] })),
    ),
    // Tests are run and reported by name (the run API's `names`, the publish gate).
    ...repeats(
      'duplicate-name',
      'test name',
      'the bot',
      doc.tests.map((t, i) => ({ key: t.name, path: ['tests', i, 'name'] })),
    ),
  ];
  for (const info of context.flows) {
    const { flow, path } = info;
    const where = describeFlow(info);
    const flowId = flow.id;
    problems.push(
      ...repeats(
        'duplicate-id',
        'node id',
        where,
        flow.nodes.map((node, i) => ({
          key: node.id,
          path: [...path, 'nodes', i, 'id'],
          flowId,
          nodeId: node.id,
        })),
      ),
      ...repeats(
        'duplicate-id',
        'edge id',
        where,
        flow.edges.map((edge, i) => ({
          key: edge.id,
          path: [...path, 'edges', i, 'id'],
          flowId,
          edgeId: edge.id,
        })),
      ),
      ...repeats(
        'duplicate-name',
        'parameter name',
        where,
        flow.parameters.map((p, i) => ({
          key: p.name,
          path: [...path, 'parameters', i, 'name'],
          flowId,
        })),
      ),
      ...repeats(
        'duplicate-name',
        'return name',
        where,
        flow.returns.map((p, i) => ({
          key: p.name,
          path: [...path, 'returns', i, 'name'],
          flowId,
        })),
      ),
    );
  }
  return problems;
}

function repeats(
  code: ProblemCode,
  what: string,
  where: string,
  items: readonly Listed[],
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.key);
    if (first === undefined) {
      seen.set(item.key, index);
      return;
    }
    const message =
      `The ${what} ${quoteShort(item.key)} is used more than once in ${where} ` +
      `(items ${first + 1} and ${index + 1}); each must be unique.`;
    problems.push(makeProblem(code, message, item));
  });
  return problems;
}
