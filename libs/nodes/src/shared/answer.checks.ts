import type { NodeCheckIssue } from '@parley/flow';
import type { AnswerType } from './answer-type.schema';

/** The parts of an ask node or a form field that decide how answers are checked. */
export interface AnswerRules {
  type: AnswerType;
  pattern?: string | undefined;
  choices?: readonly unknown[] | undefined;
  choicesFrom?: unknown;
}

/**
 * Kind rules shared by ask and form fields (`kind-rule`): a pattern must compile as
 * a RegExp, a `regex` answer needs one, and a `choice` answer needs choices (fixed or
 * built from a list). `path` locates the rules' owner inside the node's data.
 */
export function checkAnswerRules(
  rules: AnswerRules,
  path: NodeCheckIssue['path'],
): NodeCheckIssue[] {
  const issues: NodeCheckIssue[] = [];
  if (rules.pattern !== undefined) {
    const problem = regexProblem(rules.pattern);
    if (problem !== undefined) {
      issues.push({
        code: 'kind-rule',
        path: [...path, 'pattern'],
        message: `The pattern does not compile: ${problem}`,
      });
    }
  } else if (rules.type === 'regex') {
    issues.push({
      code: 'kind-rule',
      path: [...path, 'pattern'],
      message: 'A pattern answer needs a pattern',
    });
  }
  const hasChoices = (rules.choices?.length ?? 0) > 0 || rules.choicesFrom !== undefined;
  if (rules.type === 'choice' && !hasChoices) {
    issues.push({
      code: 'kind-rule',
      path: [...path, 'choices'],
      message: 'A choice answer needs at least one choice, or choices built from a list',
    });
  }
  return issues;
}

function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
