import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';

/** Zoomed further out than this, a node brought into view would be too small to read. */
const readableZoom = 0.9;
/** Frames to wait for a flow just switched to, whose nodes are not measured yet. */
const maxFrames = 90;
/** Frames to let the settings panel and the problems list take their room first. */
const settleFrames = 3;

/**
 * Centres the canvas on some nodes, once they are on it and measured: after a
 * flow switch the new flow's nodes appear a few frames later, and the settings
 * panel that opens with a selection narrows the canvas meanwhile.
 */
export function useCentreOnNodes(): (nodeIds: readonly string[]) => void {
  const { getInternalNode, getNodesBounds, getZoom, setCenter } = useReactFlow();
  const [request, setRequest] = useState<{ nodeIds: readonly string[] } | null>(null);

  useEffect(() => {
    if (request === null || request.nodeIds.length === 0) return;
    let frame = 0;
    let handle = 0;
    const step = () => {
      frame += 1;
      // An edge's end may be gone (the problem may be just that): centre on what is there.
      const present = request.nodeIds.filter((id) => getInternalNode(id) !== undefined);
      const measured = present.filter((id) => getInternalNode(id)?.measured.width !== undefined);
      if (measured.length > 0 && measured.length === present.length && frame >= settleFrames) {
        const bounds = getNodesBounds([...measured]);
        void setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, {
          zoom: Math.max(getZoom(), readableZoom),
          duration: 300,
        });
        return;
      }
      if (frame < maxFrames) handle = requestAnimationFrame(step);
    };
    handle = requestAnimationFrame(step);
    return () => cancelAnimationFrame(handle);
  }, [request, getInternalNode, getNodesBounds, getZoom, setCenter]);

  // A new object each time: asking again for the same node centres it again.
  return useCallback((nodeIds) => setRequest({ nodeIds }), []);
}
