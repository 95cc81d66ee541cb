import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { flowGraph } from '../flow-graph';
import { stronglyConnectedComponents } from '../strongly-connected-components';
import type { ValidationContext } from '../validation-context';
import { callsAny, waitingFlows } from '../waiting-flows';

/**
 * `cycle-without-input`: a loop in which no node waits for the customer would spin
 * until the engine's step limit stops the turn. Waiting nodes are taken out of the
 * graph first: any loop left (a component of two or more nodes, or a node with an
 * edge to itself) is one that never waits — even when it shares nodes with a loop
 * that does. A node calling a flow that can wait (a subflow asking a question)
 * counts as waiting. One problem per loop, on its first node in document order.
 */
export function cyclesCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const waiting = waitingFlows(context);
  for (const info of context.flows) {
    const graph = flowGraph(info, (vertex) => {
      const node = info.nodes[vertex];
      return node !== undefined && !node.waitsForInput && !callsAny(node.fields, waiting);
    });
    // Tarjan emits components in reverse topological order; report them in document order.
    const components = stronglyConnectedComponents(graph.count, graph.successors).sort(
      (a, b) => (a[0] ?? 0) - (b[0] ?? 0),
    );
    for (const component of components) {
      const first = component[0];
      if (first === undefined) continue;
      const selfLoop = component.length === 1 && (graph.successors[first] ?? []).includes(first);
      if (component.length < 2 && !selfLoop) continue;
      const nodes = component.flatMap((vertex) => info.nodes[vertex] ?? []);
      const head = nodes[0];
      if (head === undefined) continue;
      const message = context.messages.cycleWithoutInput(info, nodes, selfLoop);
      problems.push(
        makeProblem('cycle-without-input', message, {
          flowId: info.flow.id,
          nodeId: head.node.id,
          path: head.path,
        }),
      );
    }
  }
  return problems;
}
