import { UnprocessableEntityException } from '@nestjs/common';
import { runTestSuite, type TestFailureSummary } from '@parley/conversation-tests';
import type { BotDocument } from '@parley/flow';

/** An admin's decision to publish although tests fail, and why. */
export interface TestsOverride {
  reason: string;
}

/** What the audit event `bot.published` records when failing tests were overridden. */
export interface OverriddenTests {
  reason: string;
  failed: string[];
}

/**
 * The publish gate: runs the document's stored conversation tests. Any failure
 * stops the publish with 422 `{ message, testFailures: [{ name, failure }] }`,
 * unless an admin overrides it (the controller allows the override to admins only);
 * then the failing names and the reason are returned for the audit log.
 */
export async function passTestGate(
  doc: BotDocument,
  override: TestsOverride | undefined,
): Promise<OverriddenTests | undefined> {
  if (doc.tests.length === 0) return undefined;
  const { summary, tests } = await runTestSuite(doc);
  const failed = tests.filter((test) => !test.passed);
  if (failed.length === 0) return undefined;
  if (override !== undefined) return { reason: override.reason, failed: failed.map((t) => t.name) };
  const testFailures: { name: string; failure: TestFailureSummary | undefined }[] = failed.map(
    (test) => ({ name: test.name, failure: test.failure }),
  );
  throw new UnprocessableEntityException({
    statusCode: 422,
    message: `${failed.length} of ${summary.total} conversation tests fail`,
    testFailures,
  });
}
