import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { createBrowserRouter, type DataRouter, RouterProvider } from 'react-router';
import { createStudioApi, type StudioApi } from '../api/studio-api';
import { ApiProvider } from './api-context';
import { routes } from './routes';
import { SessionGate } from './session-gate';
import { theme } from './theme';

export interface AppProps {
  api?: StudioApi;
  /** Tests pass a memory router; the browser gets one on its address bar. */
  router?: DataRouter;
}

export function App(props: AppProps) {
  const [api] = useState(() => props.api ?? createStudioApi());
  const [router] = useState(() => props.router ?? createBrowserRouter(routes));
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} />
      <ApiProvider api={api}>
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
      </ApiProvider>
    </MantineProvider>
  );
}
