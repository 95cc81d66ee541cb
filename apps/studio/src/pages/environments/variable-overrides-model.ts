import type { VariableType } from '@parley/flow';
import { z } from 'zod';
import { formatDefault, parseDefault } from '../bot-data/variables/variable-default';

/** One bot-scoped variable as an environment sees it: the document's default and this environment's value. */
export interface OverrideRow {
  name: string;
  type: VariableType;
  defaultValue: unknown;
  /** The override as typed; blank means "use the default". */
  text: string;
  /** Overridden here but no longer declared `bot`-scoped in the draft: it can only be removed. */
  undeclared: boolean;
}

export type OverrideProblem = 'number' | 'boolean' | 'date' | 'json' | 'list' | 'object';

const botVariableSchema = z.looseObject({
  name: z.string(),
  type: z.enum(['string', 'number', 'boolean', 'date', 'list', 'object']),
  scope: z.string().optional(),
  default: z.unknown().optional(),
});

/** The draft's `bot`-scoped variables, then overrides of names it no longer declares. */
export function overrideRows(
  document: Record<string, unknown>,
  overrides: Record<string, unknown>,
): OverrideRow[] {
  const declared = z
    .array(z.unknown())
    .catch([])
    .parse(document.variables)
    .flatMap((item) => {
      const parsed = botVariableSchema.safeParse(item);
      return parsed.success && parsed.data.scope === 'bot' ? [parsed.data] : [];
    });
  const rows: OverrideRow[] = declared.map((variable) => ({
    name: variable.name,
    type: variable.type,
    defaultValue: variable.default,
    text: Object.hasOwn(overrides, variable.name)
      ? formatDefault(variable.type, overrides[variable.name])
      : '',
    undeclared: false,
  }));
  for (const [name, value] of Object.entries(overrides)) {
    if (rows.some((row) => row.name === name)) continue;
    rows.push({
      name,
      type: guessType(value),
      defaultValue: undefined,
      text: formatDefault(guessType(value), value),
      undeclared: true,
    });
  }
  return rows;
}

/** Why a row's text is not a value of its type, or `null` when it is fine (blank included). */
export function overrideProblem(row: OverrideRow): OverrideProblem | null {
  const parsed = parseDefault(row.type, row.text);
  return parsed.ok ? null : parsed.problem;
}

/**
 * The `variables` body of the PATCH: every non-blank, declared override, typed.
 * `null` while some row does not parse.
 */
export function overridesBody(rows: readonly OverrideRow[]): Record<string, unknown> | null {
  const body: Record<string, unknown> = {};
  for (const row of rows) {
    if (row.undeclared) continue;
    const parsed = parseDefault(row.type, row.text);
    if (!parsed.ok) return null;
    if (parsed.value !== undefined) body[row.name] = parsed.value;
  }
  return body;
}

function guessType(value: unknown): VariableType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'object';
  return 'string';
}
