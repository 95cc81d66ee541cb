import { isRecord } from '../is-record';

/**
 * The variable names an expression reads as `vars.<name>`, from jsonata's AST
 * (`jsonata(source).ast()`), sorted and without repeats. Recognised forms:
 * `vars.name`, ``vars.`odd name` ``, `vars[...].name`, `$$.vars.name`,
 * `$lookup(vars, "name")`, and `vars["name"]` (which jsonata reads as a filter, but
 * whoever wrote it meant the variable). Reads through a wildcard or a computed key
 * (`vars.*`, `$lookup(vars, $k)`) cannot be named and are not reported.
 * Iterative, so deeply nested expressions cannot overflow the stack here.
 */
export function expressionVariables(ast: unknown): string[] {
  const names = new Set<string>();
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      const items: unknown[] = value;
      for (const item of items) pending.push(item);
      continue;
    }
    if (!isRecord(value)) continue;
    const name = value.type === 'path' ? readFromPath(value.steps) : readFromLookup(value);
    if (name !== undefined) names.add(name);
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return [...names].sort();
}

function readFromPath(steps: unknown): string | undefined {
  if (!Array.isArray(steps)) return undefined;
  const first: unknown = steps[0];
  // `$$.vars.x` and `$.vars.x` start from the input, like a bare `vars.x`.
  const skip =
    isRecord(first) && first.type === 'variable' && (first.value === '$' || first.value === '')
      ? 1
      : 0;
  const varsStep: unknown = steps[skip];
  if (!isNamed(varsStep, 'vars')) return undefined;
  const next: unknown = steps[skip + 1];
  if (isRecord(next) && next.type === 'name' && typeof next.value === 'string') return next.value;
  if (next === undefined) return readFilterString(varsStep);
  return undefined;
}

/** `vars["name"]`: a filter stage holding a plain string. */
function readFilterString(step: Record<string, unknown>): string | undefined {
  const stages = step.stages;
  if (!Array.isArray(stages) || stages.length !== 1) return undefined;
  const stage: unknown = stages[0];
  if (!isRecord(stage) || stage.type !== 'filter' || !isRecord(stage.expr)) return undefined;
  return stage.expr.type === 'string' && typeof stage.expr.value === 'string'
    ? stage.expr.value
    : undefined;
}

/** `$lookup(vars, "name")`. */
function readFromLookup(node: Record<string, unknown>): string | undefined {
  if (node.type !== 'function' || !isRecord(node.procedure)) return undefined;
  if (node.procedure.type !== 'variable' || node.procedure.value !== 'lookup') return undefined;
  const args = node.arguments;
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const target: unknown = args[0];
  const key: unknown = args[1];
  if (!isRecord(target) || target.type !== 'path' || !Array.isArray(target.steps)) return undefined;
  const steps: unknown[] = target.steps;
  if (steps.length !== 1 || !isNamed(steps[0], 'vars')) return undefined;
  return isRecord(key) && key.type === 'string' && typeof key.value === 'string'
    ? key.value
    : undefined;
}

function isNamed(step: unknown, name: string): step is Record<string, unknown> {
  return isRecord(step) && step.type === 'name' && step.value === name;
}
