import { validateBot, type Problem } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import type { DraftDocument } from '../draft/draft-document';
import { useUiLocale, type FieldIssue } from '../settings-form';

/**
 * Checks the whole bot a moment after editing pauses, as the server will on publish,
 * with the messages in the studio's language.
 */
export function useBotProblems(document: DraftDocument, delayMs = 400): Problem[] {
  const [settled] = useDebouncedValue(document, delayMs);
  const locale = useUiLocale() === 'zh' ? 'zh-CN' : 'en';
  return useMemo(() => validateBot(settled, nodeCatalog, { locale }), [settled, locale]);
}

/** A flow's problems, by node. */
export function problemsByNode(
  problems: readonly Problem[],
  flowId: string,
): Map<string, Problem[]> {
  const byNode = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.flowId !== flowId || problem.nodeId === undefined) continue;
    byNode.set(problem.nodeId, [...(byNode.get(problem.nodeId) ?? []), problem]);
  }
  return byNode;
}

/** Codes the settings form finds itself, as the analyst types: not repeated from the validator. */
const checkedByForm = new Set(['invalid-settings', 'expression-syntax', 'template-syntax']);

/**
 * Splits a node's problems into those about one of its settings (shown at the
 * field, path relative to `data`) and those about the node as a whole.
 */
export function splitNodeProblems(problems: readonly Problem[]): {
  fields: FieldIssue[];
  node: Problem[];
} {
  const fields: FieldIssue[] = [];
  const node: Problem[] = [];
  for (const problem of problems) {
    const dataAt = problem.path.indexOf('data');
    const aboutSettings =
      problem.path[0] === 'flows' && problem.path[2] === 'nodes' && dataAt === 4;
    if (aboutSettings && problem.path.length > 5) {
      if (!checkedByForm.has(problem.code)) {
        fields.push({ path: problem.path.slice(5), message: problem.message });
      }
    } else if (!checkedByForm.has(problem.code) || !aboutSettings) {
      node.push(problem);
    }
  }
  return { fields, node };
}
