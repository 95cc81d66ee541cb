export {
  markKey,
  useCanvasOverlayStore,
  type CanvasOverlayState,
  type EdgeMark,
  type NodeMark,
  type OverlaySource,
} from './canvas-overlay-store';
export { useFlowMarks, type FlowMarks } from './use-flow-marks';
export { edgeMarkClass } from './edge-mark-class';
