import type { FlowNode } from '@parley/flow';
import type { z } from 'zod';

/** A node's parsed settings, or why they don't fit the kind's schema. */
export type SettingsResult = { ok: true; settings: unknown } | { ok: false; reason: string };

interface CachedSettings {
  readonly schema: z.ZodType;
  readonly result: SettingsResult;
}

const cache = new WeakMap<FlowNode, CachedSettings>();

/**
 * `node.data` parsed by the kind's schema, cached per node object and schema so each
 * step costs a lookup. Parsed settings are shared between turns: executors must treat
 * them as read-only.
 */
export function parseNodeSettings(node: FlowNode, schema: z.ZodType): SettingsResult {
  const cached = cache.get(node);
  if (cached?.schema === schema) {
    return cached.result;
  }
  const parsed = schema.safeParse(node.data);
  const result: SettingsResult = parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, reason: describeIssues(parsed.error.issues) };
  cache.set(node, { schema, result });
  return result;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map(
      (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(settings)'}: ${issue.message}`,
    )
    .join('; ');
}
