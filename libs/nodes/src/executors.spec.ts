import type { ExecutorCatalog } from '@parley/engine';
import { nodeCatalog } from './catalog';
import { nodeExecutors } from './executors';
import { nodeKinds } from './node-kinds';

// Compile-time: hosts hand this to the engine as `EngineHost.executors`.
const asEngineCatalog: ExecutorCatalog = nodeExecutors;

describe('nodeExecutors', () => {
  it('has an executor for every kind and nothing else', () => {
    expect(Object.keys(asEngineCatalog).sort()).toEqual([...nodeKinds].sort());
  });

  it.each(nodeKinds.map((kind) => [kind]))(
    '%s: runs on the settings schema of its definition',
    (kind) => {
      expect(nodeExecutors[kind].settingsSchema).toBe(nodeCatalog[kind].settingsSchema);
      expect(typeof nodeExecutors[kind].executor.run).toBe('function');
    },
  );
});
