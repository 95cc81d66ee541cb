import { isApiError } from '../../../api/api-error';
import { type GateFailure, testFailuresBodySchema } from '../../../api/tests-schemas';

/** The failing tests a publish was refused for (422 `testFailures`), or `null` for any other error. */
export function readTestFailures(error: unknown): GateFailure[] | null {
  if (!isApiError(error, 422)) return null;
  const parsed = testFailuresBodySchema.safeParse(error.body);
  return parsed.success ? parsed.data.testFailures : null;
}

/** How many stored tests a draft document has (the publish gate runs them all). */
export function storedTestCount(document: Record<string, unknown>): number {
  return Array.isArray(document.tests) ? document.tests.length : 0;
}
