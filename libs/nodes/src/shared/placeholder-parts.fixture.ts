import type { Json } from '@parley/engine';
import { parseTemplate } from '@parley/flow';
import type { PlaceholderPart } from './http-placeholders';

/**
 * The parts `evaluatePlaceholders` would give for `template`, each placeholder's
 * value looked up by its source in `values` (missing → `null`), for renderer specs.
 *
 * @example
 * placeholderParts('{"a": {{ x }}}', { x: 1 });
 */
export function placeholderParts(
  template: string,
  values: Readonly<Record<string, Json>> = {},
): PlaceholderPart[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`bad template in a spec: ${parsed.message}`);
  return parsed.segments.map((segment): PlaceholderPart => {
    if (segment.kind === 'text') return { kind: 'text', text: segment.text };
    const value = Object.hasOwn(values, segment.source) ? values[segment.source] : null;
    return { kind: 'value', source: segment.source, value: value ?? null };
  });
}
