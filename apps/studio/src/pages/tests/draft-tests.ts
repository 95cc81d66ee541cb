import { type StoredConversationTest, storedConversationTestSchema } from '@parley/flow';
import type { DraftDocument } from '../../draft/draft-document';

/** A test of the draft: parsed, or (imported or edited elsewhere) not valid, with why. */
export interface DraftTest {
  index: number;
  name: string;
  test: StoredConversationTest | null;
  invalidReason: string | null;
}

/** The draft's stored conversation tests, in order. */
export function draftTests(document: DraftDocument): DraftTest[] {
  const raw: unknown[] = Array.isArray(document.tests) ? (document.tests as unknown[]) : [];
  return raw.map((item, index) => {
    const parsed = storedConversationTestSchema.safeParse(item);
    if (parsed.success)
      return { index, name: parsed.data.name, test: parsed.data, invalidReason: null };
    const issue = parsed.error.issues[0];
    const name =
      typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string'
        ? item.name
        : `#${index + 1}`;
    const where = issue?.path.map(String).join('.') ?? '';
    return { index, name, test: null, invalidReason: `${where}: ${issue?.message ?? ''}` };
  });
}

function testsOf(doc: DraftDocument): unknown[] {
  return Array.isArray(doc.tests) ? [...(doc.tests as unknown[])] : [];
}

export function addTest(doc: DraftDocument, test: StoredConversationTest): DraftDocument {
  return { ...doc, tests: [...testsOf(doc), test] };
}

export function replaceTest(
  doc: DraftDocument,
  index: number,
  test: StoredConversationTest,
): DraftDocument {
  const tests = testsOf(doc);
  tests[index] = test;
  return { ...doc, tests };
}

export function removeTest(doc: DraftDocument, index: number): DraftDocument {
  return { ...doc, tests: testsOf(doc).filter((_, at) => at !== index) };
}

/** A copy placed right after the original, named `<name> (copy)`, `(copy 2)`… */
export function duplicateTest(
  doc: DraftDocument,
  index: number,
  copyName: (name: string, number: number) => string,
): { document: DraftDocument; name: string } {
  const tests = testsOf(doc);
  const original = tests[index] as StoredConversationTest | undefined;
  if (original === undefined) return { document: doc, name: '' };
  const names = new Set(draftTests(doc).map((test) => test.name));
  let number = 1;
  let name = copyName(original.name, number);
  while (names.has(name)) name = copyName(original.name, ++number);
  tests.splice(index + 1, 0, { ...structuredClone(original), name });
  return { document: { ...doc, tests }, name };
}

/** A name for a new test that no test has yet. */
export function unusedName(doc: DraftDocument, base: (number: number) => string): string {
  const names = new Set(draftTests(doc).map((test) => test.name));
  let number = draftTests(doc).length + 1;
  while (names.has(base(number))) number += 1;
  return base(number);
}
