import type { BotDocument } from '../../document/bot-document.schema';
import type { StoredConversationTest } from '../../document/conversation-test.schema';
import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { englishMessages } from '../messages/english-messages';
import type { TestReference } from '../messages/validation-messages';
import type { ValidationContext } from '../validation-context';

/** A name a conversation test uses that the bot does not have. */
export interface TestReferenceIssue {
  code: 'unknown-node' | 'undeclared-variable' | 'unknown-locale';
  /** From the tests list: `["tests", 0, "turns", 1, "expect", "node"]`. */
  path: (string | number)[];
  /** Short, for a line that already names the test and path (`parley test`). */
  message: string;
}

/**
 * What a test's schema cannot know: the nodes, variables and locale it names must
 * exist in the bot. A typo in an expected node or variable would otherwise fail
 * every run with a puzzling diff, or (for a variable) never be compared at all.
 * Paths start at the tests list: `["tests", t, …]`. Messages are in English.
 */
export function testReferenceIssues(
  doc: Pick<BotDocument, 'flows' | 'variables' | 'locales'>,
  tests: readonly Pick<StoredConversationTest, 'locale' | 'vars' | 'turns'>[],
): TestReferenceIssue[] {
  return testReferences(doc, tests).map(({ code, path, reference }) => ({
    code,
    path,
    message: englishMessages.testReference(reference),
  }));
}

/** A name a test uses that the bot lacks, before it is put into words. */
interface FoundReference {
  code: TestReferenceIssue['code'];
  path: (string | number)[];
  reference: TestReference;
}

function testReferences(
  doc: Pick<BotDocument, 'flows' | 'variables' | 'locales'>,
  tests: readonly Pick<StoredConversationTest, 'locale' | 'vars' | 'turns'>[],
): FoundReference[] {
  const nodes = new Set(doc.flows.flatMap((flow) => flow.nodes.map((node) => node.id)));
  const variables = new Set(doc.variables.map((variable) => variable.name));
  const found: FoundReference[] = [];
  const unknownVars = (vars: object | undefined, path: (string | number)[]) => {
    for (const name of Object.keys(vars ?? {})) {
      if (!variables.has(name))
        found.push({
          code: 'undeclared-variable',
          path: [...path, name],
          reference: { kind: 'variable', name },
        });
    }
  };
  tests.forEach((test, t) => {
    if (test.locale !== undefined && !doc.locales.includes(test.locale)) {
      found.push({
        code: 'unknown-locale',
        path: ['tests', t, 'locale'],
        reference: { kind: 'locale', locale: test.locale, locales: doc.locales },
      });
    }
    unknownVars(test.vars, ['tests', t, 'vars']);
    test.turns.forEach((turn, i) => {
      const at = ['tests', t, 'turns', i];
      const node = turn.expect?.node;
      if (node !== undefined && !nodes.has(node))
        found.push({
          code: 'unknown-node',
          path: [...at, 'expect', 'node'],
          reference: { kind: 'node', node },
        });
      unknownVars(turn.expect?.vars, [...at, 'expect', 'vars']);
      unknownVars(turn.handback?.vars, [...at, 'handback', 'vars']);
    });
  });
  return found;
}

/**
 * `unknown-node`, `undeclared-variable`, `unknown-locale` in the stored conversation
 * tests, as warnings: such a test fails when it runs, and the publish gate (with its
 * admin override) is where failing tests stop a release, not the validator.
 */
export function testsCheck(context: ValidationContext): Problem[] {
  const { doc, messages } = context;
  return testReferences(doc, doc.tests).map(({ code, path, reference }) => {
    const index = path[1];
    const test = typeof index === 'number' ? doc.tests[index] : undefined;
    return makeProblem(code, messages.testProblem(test?.name, reference), { path }, 'warning');
  });
}
