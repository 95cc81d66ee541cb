import type { Problem } from '@parley/flow';
import { useCallback } from 'react';
import type { DraftDocument } from '../../draft/draft-document';
import { emptySelection, type CanvasSelection } from '../canvas-selection';
import { nodesToShow } from './problem-place';
import { useCentreOnNodes } from './use-centre-on-nodes';

/**
 * Opens what a problem is about: its flow, with its node (or edge) selected and
 * centred. Problems about the bot as a whole have no place on the canvas.
 */
export function useShowProblem(
  document: DraftDocument,
  openFlow: (flowId: string) => void,
  select: (selection: CanvasSelection) => void,
): (problem: Problem) => void {
  const centre = useCentreOnNodes();
  return useCallback(
    (problem: Problem) => {
      if (problem.flowId === undefined) return;
      openFlow(problem.flowId);
      select(problemSelection(problem));
      centre(nodesToShow(problem, document));
    },
    [document, openFlow, select, centre],
  );
}

/** The node a problem is about, else its edge, else nothing (a problem of the flow as a whole). */
export function problemSelection(problem: Problem): CanvasSelection {
  if (problem.nodeId !== undefined) return { nodes: [problem.nodeId], edges: [] };
  if (problem.edgeId !== undefined) return { nodes: [], edges: [problem.edgeId] };
  return emptySelection;
}
