import { Navigate, type RouteObject } from 'react-router';
import { adminRoutes } from '../pages/admin/admin-routes';
import { BotLayout } from '../pages/bot/bot-layout';
import { ChannelsPage } from '../pages/channels/channels-page';
import { EntitiesPage } from '../pages/bot/entities-page';
import { FlowsPage } from '../pages/bot/flows-page';
import { IntentsPage } from '../pages/bot/intents-page';
import { SettingsPage } from '../pages/bot/settings-page';
import { TestsPage } from '../pages/tests/tests-page';
import { VariablesPage } from '../pages/bot/variables-page';
import { VersionsPage } from '../pages/versions/versions-page';
import { EnvironmentsPage } from '../pages/environments/environments-page';
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
              { path: 'entities', element: <EntitiesPage /> },
              { path: 'variables', element: <VariablesPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'tests', element: <TestsPage /> },
              { path: 'versions', element: <VersionsPage /> },
              { path: 'channels', element: <ChannelsPage /> },
              { path: 'environments', element: <EnvironmentsPage /> },
            ],
          },
          adminRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
