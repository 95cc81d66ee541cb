import type { ExecutorCatalog } from '@parley/engine';
import { nodeExecutors } from '@parley/nodes/executors';

/** Every node kind's real executor: what the runtime runs. */
export const defaultExecutors: ExecutorCatalog = nodeExecutors;
