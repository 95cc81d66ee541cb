import type { FlowCoverage } from '../../api/tests-schemas';
import { useCanvasOverlayStore } from '../../canvas/overlay';
import { useFlowCoverageStore } from '../../canvas/test-coverage/flow-coverage-store';
import type { DraftDocument } from '../../draft/draft-document';
import { coverageFigures } from './coverage-figures';
import { coverageMarks } from './coverage-marks';

/**
 * A run's coverage on the canvas: marks on nodes and edges (replacing the simulator's
 * path, as the last drawn marks win) and each flow's figure in the flow list.
 */
export function showCoverage(
  botId: string,
  flows: readonly FlowCoverage[],
  document: DraftDocument,
): void {
  const figures = coverageFigures(flows, document);
  useFlowCoverageStore
    .getState()
    .set(
      botId,
      Object.fromEntries(figures.map((f) => [f.flowId, { covered: f.covered, total: f.total }])),
    );
  const marks = coverageMarks(flows, document);
  useCanvasOverlayStore.getState().set('coverage', marks.nodes, marks.edges);
}

/** Takes the coverage marks off the canvas (the figures stay in the flow list). */
export function hideCoverage(): void {
  useCanvasOverlayStore.getState().clear('coverage');
}
