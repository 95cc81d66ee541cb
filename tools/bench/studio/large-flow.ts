import type { BotDocument } from '@parley/flow';
import { generateBenchBot } from '../engine/generate-bench-bot';

/** Nodes a row of the grid holds, and the space between nodes (the canvas's node is ~260 px wide). */
const COLUMNS = 20;
const SPACING = { x: 320, y: 200 };

/**
 * A bot whose one flow holds `1 + segments × 20` nodes of several kinds (ask, set,
 * condition, message) wired in a long chain, laid out in a grid as an analyst's
 * large flow would be: every node at its own place, edges between neighbours and
 * across rows.
 */
export function generateLargeFlowBot(segments: number): BotDocument {
  const bot = generateBenchBot(segments);
  const flow = bot.flows[0];
  if (!flow) throw new Error('the generated bot has no flow');
  flow.nodes = flow.nodes.map((node, index) => ({
    ...node,
    position: {
      x: (index % COLUMNS) * SPACING.x,
      y: Math.floor(index / COLUMNS) * SPACING.y,
    },
  }));
  return { ...bot, name: `Large flow (${flow.nodes.length} nodes)` };
}
