import { createContext, type ReactNode, useContext } from 'react';
import type { StudioApi } from '../api/studio-api';

const ApiContext = createContext<StudioApi | null>(null);

/** Gives pages the API; tests pass one over an in-memory fetch. */
export function ApiProvider({ api, children }: { api: StudioApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): StudioApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiProvider> above it');
  return api;
}
