import type { BotDocument } from '@parley/flow';
import type { FlatIssue } from '../io/schema-issues.format';
import type { ConversationTest } from './conversation-test.schema';

/**
 * What the schema cannot know: the names a test uses must exist in the bot. A typo
 * in an expected node or variable would otherwise fail every run with a puzzling
 * diff, or (for a variable) never be compared at all.
 */
export function checkTestsAgainstBot(doc: BotDocument, tests: ConversationTest[]): FlatIssue[] {
  const nodes = new Set(doc.flows.flatMap((flow) => flow.nodes.map((node) => node.id)));
  const variables = new Set(doc.variables.map((variable) => variable.name));
  const issues: FlatIssue[] = [];
  const unknownVars = (vars: object | undefined, path: (string | number)[]) => {
    for (const name of Object.keys(vars ?? {})) {
      if (!variables.has(name))
        issues.push({ path: [...path, name], message: `the bot declares no variable "${name}"` });
    }
  };
  tests.forEach((test, t) => {
    if (test.locale !== undefined && !doc.locales.includes(test.locale)) {
      issues.push({
        path: ['tests', t, 'locale'],
        message: `the bot speaks ${doc.locales.join(', ')}, not "${test.locale}"`,
      });
    }
    unknownVars(test.vars, ['tests', t, 'vars']);
    test.turns.forEach((turn, i) => {
      const at = ['tests', t, 'turns', i];
      const node = turn.expect?.node;
      if (node !== undefined && !nodes.has(node))
        issues.push({ path: [...at, 'expect', 'node'], message: `the bot has no node "${node}"` });
      unknownVars(turn.expect?.vars, [...at, 'expect', 'vars']);
      unknownVars(turn.handback?.vars, [...at, 'handback', 'vars']);
    });
  });
  return issues;
}
