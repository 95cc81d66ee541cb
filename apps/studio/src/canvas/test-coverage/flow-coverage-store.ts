import { create } from 'zustand';

/** One flow's outcome coverage: `covered` of `total` outcomes with an edge were taken. */
export interface FlowCoverageFigure {
  covered: number;
  total: number;
}

interface FlowCoverageState {
  /** By bot id, then flow id: the figures of the bot's last full test run. */
  byBot: Record<string, Record<string, FlowCoverageFigure>>;
  /** The bot whose coverage the canvas overlay shows (the overlay itself is not per bot). */
  markedBotId: string | null;
  set: (botId: string, flows: Record<string, FlowCoverageFigure>) => void;
}

/**
 * The coverage figures of each bot's last test run, for the flow list's badges. Kept
 * for the page's lifetime, so the figures stay while the analyst moves between pages.
 */
export const useFlowCoverageStore = create<FlowCoverageState>()((set) => ({
  byBot: {},
  markedBotId: null,
  set: (botId, flows) =>
    set((state) => ({ byBot: { ...state.byBot, [botId]: flows }, markedBotId: botId })),
}));
