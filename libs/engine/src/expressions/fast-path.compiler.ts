import { binaryOperations, fastFunctions } from './fast-path.operations';
import { bail, type Bail, isPrimitive, toBoolean } from './jsonata-semantics';

/** A compiled expression: `bail` means "not a shape I handle, ask jsonata". */
export type FastExpression = (root: object, bindings: Bindings) => unknown;
type Bindings = Readonly<Record<string, unknown>> | undefined;
type AstNode = Readonly<Record<string, unknown>>;

/**
 * Compile the common simple jsonata forms (paths like `vars.a.b`, literals, comparisons,
 * `and`/`or`, arithmetic, `&`, a few functions, `? :`) to a plain closure, or `undefined`
 * when the AST holds anything else. The closure returns exactly what jsonata would, or
 * `bail` when it meets data outside those shapes (arrays, objects compared, type errors).
 */
export function compileFastPath(ast: unknown): FastExpression | undefined {
  return compileNode(ast, 0);
}

function compileNode(node: unknown, depth: number): FastExpression | undefined {
  if (!isNode(node) || depth > 64) {
    return undefined;
  }
  switch (node.type) {
    case 'string':
    case 'number':
    case 'value':
      return literal(node);
    case 'path':
      return hasOnly(node, ['steps']) ? path(node.steps) : undefined;
    case 'variable':
      return hasOnly(node, ['value']) ? variable(node.value) : undefined;
    case 'binary':
      return binary(node, depth);
    case 'unary':
      return unary(node, depth);
    case 'function':
      return call(node, depth);
    case 'condition':
      return condition(node, depth);
    case 'block':
      return block(node, depth);
    default:
      return undefined;
  }
}

function literal(node: AstNode): FastExpression | undefined {
  const value = node.value;
  if (!hasOnly(node, ['value']) || !isPrimitive(value)) {
    return undefined;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return undefined;
  }
  return () => value;
}

function variable(name: unknown): FastExpression | undefined {
  // `$` and `$$` are the context and root, not bindings.
  if (typeof name !== 'string' || name === '' || name === '$') {
    return undefined;
  }
  return (_root, bindings) => {
    if (!bindings || !Object.hasOwn(bindings, name)) {
      return bail;
    }
    const value = bindings[name];
    return Array.isArray(value) ? bail : value;
  };
}

function path(steps: unknown): FastExpression | undefined {
  if (!Array.isArray(steps) || steps.length === 0) {
    return undefined;
  }
  const list: readonly unknown[] = steps;
  const [first, ...rest] = list;
  const names: string[] = [];
  for (const step of rest) {
    if (!isNode(step) || step.type !== 'name' || !hasOnly(step, ['value'])) {
      return undefined;
    }
    names.push(String(step.value));
  }
  if (!isNode(first) || !hasOnly(first, ['value'])) {
    return undefined;
  }
  let start: FastExpression | undefined;
  if (first.type === 'name') {
    names.unshift(String(first.value));
    start = (root) => root;
  } else if (first.type === 'variable') {
    start = variable(first.value);
  }
  if (!start) {
    return undefined;
  }
  const origin = start;
  return (root, bindings) => walk(origin(root, bindings), names);
}

/** Follow names through plain objects; arrays would need jsonata's mapping and flattening. */
function walk(origin: unknown, names: readonly string[]): unknown {
  let current: unknown = origin;
  for (const name of names) {
    if (current === bail || current === undefined) {
      return current;
    }
    if (Array.isArray(current)) {
      return bail;
    }
    // Own properties only, as jsonata's lookup: `__proto__` or `constructor` find nothing.
    if (typeof current === 'object' && current !== null && Object.hasOwn(current, name)) {
      current = Reflect.get(current, name);
    } else {
      current = undefined;
    }
  }
  return Array.isArray(current) ? bail : current;
}

function binary(node: AstNode, depth: number): FastExpression | undefined {
  const operator = node.value;
  const lhs = compileNode(node.lhs, depth + 1);
  const rhs = compileNode(node.rhs, depth + 1);
  if (!hasOnly(node, ['value', 'lhs', 'rhs']) || !lhs || !rhs || typeof operator !== 'string') {
    return undefined;
  }
  if (operator === 'and' || operator === 'or') {
    return shortCircuit(operator, lhs, rhs);
  }
  const operation = binaryOperations[operator];
  if (!operation) {
    return undefined;
  }
  return (root, bindings) => {
    const left = lhs(root, bindings);
    const right = rhs(root, bindings);
    return left === bail || right === bail ? bail : operation(left, right);
  };
}

function shortCircuit(
  operator: 'and' | 'or',
  lhs: FastExpression,
  rhs: FastExpression,
): FastExpression {
  return (root, bindings) => {
    const left = toBoolean(lhs(root, bindings));
    if (left === bail || left === (operator === 'or')) {
      return left;
    }
    return toBoolean(rhs(root, bindings));
  };
}

function unary(node: AstNode, depth: number): FastExpression | undefined {
  const operand = compileNode(node.expression, depth + 1);
  if (node.value !== '-' || !hasOnly(node, ['value', 'expression']) || !operand) {
    return undefined;
  }
  return (root, bindings) => {
    const value = operand(root, bindings);
    if (value === bail || value === undefined) {
      return value;
    }
    return typeof value === 'number' ? -value : bail;
  };
}

function call(node: AstNode, depth: number): FastExpression | undefined {
  const procedure = node.procedure;
  const args = node.arguments;
  if (
    !hasOnly(node, ['value', 'procedure', 'arguments']) ||
    !isNode(procedure) ||
    procedure.type !== 'variable' ||
    !hasOnly(procedure, ['value']) ||
    typeof procedure.value !== 'string' ||
    !Array.isArray(args)
  ) {
    return undefined;
  }
  const name = procedure.value;
  const implementation = Object.hasOwn(fastFunctions, name) ? fastFunctions[name] : undefined;
  const compiled = args.map((arg: unknown) => compileNode(arg, depth + 1));
  if (!implementation || compiled.length !== implementation.arity) {
    return undefined;
  }
  const argumentList: FastExpression[] = [];
  for (const argument of compiled) {
    if (!argument) return undefined;
    argumentList.push(argument);
  }
  return (root, bindings) => {
    // A binding of the same name would shadow the built-in.
    if (bindings && Object.hasOwn(bindings, name)) {
      return bail;
    }
    const values: unknown[] = [];
    for (const argument of argumentList) {
      const value = argument(root, bindings);
      if (value === bail) return bail;
      values.push(value);
    }
    return implementation.apply(values);
  };
}

function condition(node: AstNode, depth: number): FastExpression | undefined {
  const test = compileNode(node.condition, depth + 1);
  const then = compileNode(node.then, depth + 1);
  const otherwise = node.else === undefined ? () => undefined : compileNode(node.else, depth + 1);
  if (!hasOnly(node, ['condition', 'then', 'else']) || !test || !then || !otherwise) {
    return undefined;
  }
  return (root, bindings) => {
    const chosen = toBoolean(test(root, bindings));
    if (chosen === bail) {
      return bail;
    }
    return chosen ? then(root, bindings) : otherwise(root, bindings);
  };
}

function block(node: AstNode, depth: number): FastExpression | undefined {
  const expressions = node.expressions;
  if (!hasOnly(node, ['expressions']) || !Array.isArray(expressions) || expressions.length !== 1) {
    return undefined;
  }
  return compileNode(expressions[0], depth + 1);
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuse nodes carrying anything we don't model (predicates, stages, grouping, focus…). */
function hasOnly(node: AstNode, keys: readonly string[]): boolean {
  return Object.keys(node).every(
    (key) => key === 'type' || key === 'position' || keys.includes(key) || node[key] === undefined,
  );
}

export type { Bail };
