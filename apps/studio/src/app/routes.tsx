import { Navigate, type RouteObject } from 'react-router';
import { BotLayout } from '../pages/bot/bot-layout';
import { FlowsPage } from '../pages/bot/flows-page';
import { IntentsPage } from '../pages/bot/intents-page';
import { SettingsPage } from '../pages/bot/settings-page';
import { VariablesPage } from '../pages/bot/variables-page';
import { VersionsPage } from '../pages/versions/versions-page';
import { BotListPage } from '../pages/bots/bot-list-page';
import { LoginPage } from '../pages/login/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RequireSession } from './require-session';
import { StudioShell } from './studio-shell';

/** The studio's pages; the same table serves the browser router and tests' memory router. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <StudioShell />,
        children: [
          { index: true, element: <BotListPage /> },
          {
            path: 'bots/:botId',
            element: <BotLayout />,
            children: [
              { index: true, element: <Navigate to="flows" replace /> },
              { path: 'flows', element: <FlowsPage /> },
              { path: 'intents', element: <IntentsPage /> },
              { path: 'variables', element: <VariablesPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'versions', element: <VersionsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
