import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { createStudioApi } from '../api/studio-api';
import { App } from '../app/app';
import { routes } from '../app/routes';
import { useSessionStore } from '../auth/session-store';
import { initI18n } from '../i18n/i18n';
import type { FakeRuntime } from './fake-runtime';

/** The whole studio at `path`, on a fake runtime, in English unless told otherwise. */
export function renderStudio(runtime: FakeRuntime, path = '/', language: 'en' | 'zh-CN' = 'en') {
  void initI18n().changeLanguage(language);
  // The session store is a module singleton; each test starts from a fresh page load.
  useSessionStore.setState({
    status: 'restoring',
    accessToken: null,
    user: null,
    endedReason: null,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const api = createStudioApi(runtime.fetch);
  return { ...render(<App api={api} router={router} />), router, api };
}
