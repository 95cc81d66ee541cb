import type { Problem } from '@parley/flow';
import pc from 'picocolors';

/**
 * Renders problems for a terminal, one per line, located the way an analyst finds
 * them in the studio: flow, node or edge, then the field path.
 */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `${pc.green('✓')} ${file}: no problems`;
  const lines = problems.map((p) => {
    const severity = p.severity === 'error' ? pc.red('error  ') : pc.yellow('warning');
    return `  ${severity} ${p.code.padEnd(22)} ${pc.dim(locate(p))}\n           ${p.message}`;
  });
  const summary = [count(errors, 'error'), count(warnings, 'warning')].filter(Boolean).join(', ');
  return [`${file}: ${summary}`, ...lines].join('\n');
}

function locate(problem: Problem): string {
  const parts: string[] = [];
  if (problem.flowId !== undefined) parts.push(`flow "${problem.flowId}"`);
  if (problem.nodeId !== undefined) parts.push(`node "${problem.nodeId}"`);
  if (problem.edgeId !== undefined) parts.push(`edge "${problem.edgeId}"`);
  if (problem.path.length > 0) parts.push(formatPath(problem.path));
  return parts.join(' › ');
}

/** `["flows", 0, "nodes", 3, "data"]` → `flows[0].nodes[3].data` */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function count(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
