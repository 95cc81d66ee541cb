import type { LocalizedLabel } from '@parley/flow';
import {
  getNodeDefinition,
  type NodeData,
  type NodeDefinition,
  type OutcomeContext,
  type UiLocale,
} from '@parley/nodes';

/** One handle on a node: an outcome of its kind, or one an edge still leaves but the kind no longer has. */
export interface OutcomeView {
  name: string;
  label: LocalizedLabel;
  /** False for a leftover outcome (a branch since renamed): its edge is drawn, and marked by the validator. */
  known: boolean;
  /** May stay unconnected. */
  optional: boolean;
}

/** What the canvas draws for a node, whatever its kind. */
export interface NodeView {
  definition: NodeDefinition | undefined;
  /** The settings as the kind's schema reads them, or `null` while they do not parse. */
  settings: NodeData | null;
  outcomes: OutcomeView[];
  summary(locale: UiLocale): string;
}

/**
 * Reads a node through its kind's definition: outcomes (one handle each) and the
 * summary line. Settings that do not parse yet still get their outcomes where the
 * kind can tell; handles that edges leave are always kept so no edge hangs loose.
 */
export function describeNode(
  node: { type: string; data: NodeData },
  context: OutcomeContext,
  usedHandles: readonly string[],
): NodeView {
  const definition = getNodeDefinition(node.type);
  const parsed = definition?.settingsSchema.safeParse(node.data);
  const settings = parsed?.success ? parsed.data : null;
  const input = settings ?? node.data;
  const names = definition ? attempt(() => definition.outcomes(input, context), []) : [];
  const optional = definition ? attempt(() => definition.optionalOutcomes(input), []) : [];
  const outcomes: OutcomeView[] = names.map((name) => ({
    name,
    label: definition
      ? attempt(() => definition.outcomeLabel(name, input), plain(name))
      : plain(name),
    known: true,
    optional: optional.includes(name),
  }));
  for (const name of new Set(usedHandles)) {
    if (!names.includes(name))
      outcomes.push({ name, label: plain(name), known: false, optional: false });
  }
  return {
    definition,
    settings,
    outcomes,
    summary: (locale) =>
      definition && settings ? attempt(() => definition.summary(settings, locale), '') : '',
  };
}

function plain(name: string): LocalizedLabel {
  return { en: name, zh: name };
}

/** A kind's method given settings that may not parse may throw; the canvas then shows less. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
