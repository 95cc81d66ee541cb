import { create } from 'zustand';

/** The bot whose pages are open, for the header's breadcrumb and the window title. */
export const useCurrentBotStore = create<{
  name: string | null;
  setName: (name: string | null) => void;
}>()((set) => ({ name: null, setName: (name) => set({ name }) }));
