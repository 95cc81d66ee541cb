import type { ApiClient } from './api-client';
import { type TestRun, testRunSchema } from './tests-schemas';

/** Which document's stored tests run; `names` runs only those. */
export type RunTestsRequest = { names?: string[] } & (
  | { target: 'draft' }
  | { target: 'version'; versionId: string }
  | { target: 'environment'; environment: string }
);

/** Running a bot's stored conversation tests (`/api/v1/bots/:botId/tests/…`). */
export interface TestsApi {
  run(botId: string, request: RunTestsRequest): Promise<TestRun>;
}

export function createTestsApi(client: ApiClient): TestsApi {
  return {
    run: (botId, request) =>
      client.request(
        {
          method: 'POST',
          path: `/api/v1/bots/${encodeURIComponent(botId)}/tests/run`,
          body: request,
        },
        testRunSchema,
      ),
  };
}
