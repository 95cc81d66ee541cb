import type { DraftDocument } from '../draft/draft-document';
import type { ConversationTest } from './session-to-test';

/** The names of the draft's stored conversation tests (the document's `tests`). */
export function draftTestNames(document: DraftDocument): string[] {
  const tests: unknown = document.tests;
  if (!Array.isArray(tests)) return [];
  return tests
    .map((test: unknown) =>
      test !== null && typeof test === 'object' ? (test as { name?: unknown }).name : undefined,
    )
    .filter((name): name is string => typeof name === 'string');
}

/** The draft with `test` added at the end of its `tests` (kept as they are otherwise). */
export function addDraftTest(document: DraftDocument, test: ConversationTest): DraftDocument {
  const tests: unknown = document.tests;
  const kept: unknown[] = Array.isArray(tests) ? tests : [];
  return { ...document, tests: [...kept, test] };
}
