import type { FlowCoverage } from '../../api/tests-schemas';
import type { EdgeMark, NodeMark } from '../../canvas/overlay';
import type { DraftDocument } from '../../draft/draft-document';

export type CoverageNodeMark = Extract<NodeMark, 'covered' | 'uncovered'>;
export type CoverageEdgeMark = Extract<EdgeMark, 'covered' | 'uncovered'>;

/**
 * The canvas marks of a run's coverage, keyed `flowId/nodeId` and `flowId/edgeId`:
 * a node is covered when a test reached it, an edge when a test left its source by
 * the edge's outcome. Nodes and edges of the draft the run did not know stay uncovered.
 */
export function coverageMarks(
  flows: readonly FlowCoverage[],
  document: DraftDocument,
): { nodes: Map<string, CoverageNodeMark>; edges: Map<string, CoverageEdgeMark> } {
  const nodes = new Map<string, CoverageNodeMark>();
  const edges = new Map<string, CoverageEdgeMark>();
  for (const flow of document.flows) {
    const coverage = flows.find((candidate) => candidate.flowId === flow.id);
    for (const node of flow.nodes) {
      const visited = coverage?.nodes[node.id]?.visited === true;
      nodes.set(`${flow.id}/${node.id}`, visited ? 'covered' : 'uncovered');
    }
    for (const edge of flow.edges) {
      const taken = coverage?.nodes[edge.source]?.outcomes[edge.sourceHandle] === true;
      edges.set(`${flow.id}/${edge.id}`, taken ? 'covered' : 'uncovered');
    }
  }
  return { nodes, edges };
}
