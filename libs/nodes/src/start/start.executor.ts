import { defineExecutor } from '@parley/engine';
import { startSettingsSchema } from './start.schema';

/** Runs a flow's start node: nothing to do but move on. */
export const startExecutor = defineExecutor(startSettingsSchema, {
  run: () => ({ type: 'outcome', outcome: 'next' }),
});
