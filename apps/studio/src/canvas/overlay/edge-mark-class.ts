import type { EdgeMark } from './canvas-overlay-store';
import classes from './canvas-overlay.module.css';

const byMark: Record<EdgeMark, string | undefined> = {
  path: classes.edgePath,
  covered: classes.edgeCovered,
  uncovered: classes.edgeUncovered,
};

/** The class React Flow puts on a marked edge's group (`undefined`: unmarked). */
export function edgeMarkClass(mark: EdgeMark | undefined): string | undefined {
  return mark === undefined ? undefined : byMark[mark];
}
