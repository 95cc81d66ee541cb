import { z } from 'zod';
import { pathKey } from './value-path';

/** Translates a key of the `canvas` namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Messages per field, keyed by `pathKey` (`branches.0.when`; `''` for the settings as a whole). */
export type IssueMap = ReadonlyMap<string, readonly string[]>;

/** A message from outside the schema (the bot's validator) about one field. */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Everything the schema finds wrong with the settings, plus `extra` issues, by field.
 * Run on every change, so a field is marked the moment it goes wrong.
 */
export function settingsIssues(
  schema: z.core.$ZodType,
  value: unknown,
  translate: Translate,
  extra: readonly FieldIssue[] = [],
): IssueMap {
  const issues = new Map<string, string[]>();
  const add = (path: readonly PropertyKey[], message: string): void => {
    const key = pathKey(path);
    const messages = issues.get(key) ?? [];
    if (!messages.includes(message)) messages.push(message);
    issues.set(key, messages);
  };
  const parsed = z.safeParse(schema, value, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path, describeIssue(issue, translate));
  }
  for (const issue of extra) add(issue.path, issue.message);
  return issues;
}

/**
 * Words an analyst reads for the common issues, in the UI language; otherwise the
 * schema's own message (custom rules phrase theirs for analysts already).
 */
export function describeIssue(issue: z.core.$ZodIssue, translate: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      return translate(issue.input === undefined ? 'issue.required' : 'issue.wrongType');
    case 'too_small':
      return sizeIssue('Small', issue.origin, Number(issue.minimum), translate) ?? issue.message;
    case 'too_big':
      return sizeIssue('Big', issue.origin, Number(issue.maximum), translate) ?? issue.message;
    case 'invalid_format':
      // A pattern's own words ("must start with a letter…") read oddly for a box left empty.
      return issue.input === '' ? translate('issue.empty') : issue.message;
    case 'invalid_value':
      return translate('issue.notAllowed');
    case 'invalid_union':
      return translate('issue.wrongType');
    default:
      return issue.message;
  }
}

function sizeIssue(
  which: 'Small' | 'Big',
  origin: string,
  limit: number,
  translate: Translate,
): string | undefined {
  if (origin === 'string') {
    if (which === 'Small' && limit <= 1) return translate('issue.empty');
    return translate(`issue.text${which}`, { limit });
  }
  if (origin === 'number' || origin === 'int') return translate(`issue.number${which}`, { limit });
  if (origin === 'array') return translate(`issue.list${which}`, { limit });
  return undefined;
}
