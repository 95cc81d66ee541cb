import { useState } from 'react';
import type { Environment } from '../../api/versions-schemas';
import { useEnvironmentSave } from './use-environment-save';

/**
 * The rows of one section of an environment card (variables, secret references), edited
 * on the page until saved or reset; `dirty` says whether there is anything to save.
 */
export function useEnvironmentRows<Row, Key>(options: {
  botId: string;
  environment: Environment;
  initial: () => Row[];
  keyOf: (row: Row) => Key;
  onSaved: (environment: Environment) => void;
}) {
  const { keyOf } = options;
  const [rows, setRows] = useState<Row[]>(options.initial);
  const [dirty, setDirty] = useState(false);
  const { saving, save } = useEnvironmentSave(options.botId, options.environment.name, (saved) => {
    setDirty(false);
    options.onSaved(saved);
  });

  /** Changes the row with that key, or removes it (`null`). */
  const update = (key: Key, patch: Partial<Row> | null) => {
    setDirty(true);
    setRows((current) =>
      patch === null
        ? current.filter((row) => keyOf(row) !== key)
        : current.map((row) => (keyOf(row) === key ? { ...row, ...patch } : row)),
    );
  };
  const add = (make: (current: Row[]) => Row) => {
    setDirty(true);
    setRows((current) => [...current, make(current)]);
  };
  const reset = () => {
    setRows(options.initial());
    setDirty(false);
  };

  return { rows, dirty, saving, save, update, add, reset };
}
