import { makeProblem } from '../../make-problem';
import type { Problem, ProblemCode } from '../../problem';
import type { DuplicateSubject } from '../messages/validation-messages';
import type { FlowInfo, Path, ValidationContext } from '../validation-context';

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
  const repeat = (
    code: ProblemCode,
    subject: DuplicateSubject,
    flow: FlowInfo | undefined,
    items: readonly Listed[],
  ): Problem[] =>
    repeats(code, items, (key, first, second) =>
      context.messages.duplicate(subject, key, flow, first, second),
    );
  const problems = [
    ...repeat(
      'duplicate-id',
      'flow-id',
      undefined,
      doc.flows.map((flow, i) => ({ key: flow.id, path: ['flows', i, 'id'], flowId: flow.id })),
    ),
    ...repeat(
      'duplicate-name',
      'variable-name',
      undefined,
      doc.variables.map((v, i) => ({ key: v.name, path: ['variables', i, 'name'] })),
    ),
    ...repeat(
      'duplicate-name',
      'intent-name',
      undefined,
      doc.intents.map((v, i) => ({ key: v.name, path: ['intents', i, 'name'] })),
    ),
    ...repeat(
      'duplicate-name',
      'entity-name',
      undefined,
      doc.entities.map((v, i) => ({ key: v.name, path: ['entities', i, 'name'] })),
    ),
    // Tests are run and reported by name (the run API's `names`, the publish gate).
    ...repeat(
      'duplicate-name',
      'test-name',
      undefined,
      doc.tests.map((t, i) => ({ key: t.name, path: ['tests', i, 'name'] })),
    ),
  ];
  for (const info of context.flows) {
    const { flow, path } = info;
    const flowId = flow.id;
    problems.push(
      ...repeat(
        'duplicate-id',
        'node-id',
        info,
        flow.nodes.map((node, i) => ({
          key: node.id,
          path: [...path, 'nodes', i, 'id'],
          flowId,
          nodeId: node.id,
        })),
      ),
      ...repeat(
        'duplicate-id',
        'edge-id',
        info,
        flow.edges.map((edge, i) => ({
          key: edge.id,
          path: [...path, 'edges', i, 'id'],
          flowId,
          edgeId: edge.id,
        })),
      ),
      ...repeat(
        'duplicate-name',
        'parameter-name',
        info,
        flow.parameters.map((p, i) => ({
          key: p.name,
          path: [...path, 'parameters', i, 'name'],
          flowId,
        })),
      ),
      ...repeat(
        'duplicate-name',
        'return-name',
        info,
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

/** `explain` gets the repeated key and the positions (from 1) of its first and this use. */
function repeats(
  code: ProblemCode,
  items: readonly Listed[],
  explain: (key: string, first: number, second: number) => string,
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.key);
    if (first === undefined) {
      seen.set(item.key, index);
      return;
    }
    problems.push(makeProblem(code, explain(item.key, first + 1, index + 1), item));
  });
  return problems;
}
