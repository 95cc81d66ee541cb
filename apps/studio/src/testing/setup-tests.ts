import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installBrowserStubs } from './browser-stubs';

// Globals are off, so Testing Library cannot register its own clean-up.
afterEach(cleanup);
installBrowserStubs();
