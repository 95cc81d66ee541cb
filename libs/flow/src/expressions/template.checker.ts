import { checkExpression } from './expression.checker';
import { parseTemplate } from './template.parser';

/** What `checkTemplate` found. */
export interface TemplateCheck {
  ok: boolean;
  message?: string;
  /** 1-based number of the character at fault, counted in the whole template. */
  position?: number;
  /** Names read as `vars.<name>` by all placeholders, sorted. */
  variables: string[];
}

/**
 * Parses a template and every expression in its placeholders; reports the first
 * fault; its message says where. Never throws.
 *
 * @example
 * checkTemplate('Order {{ vars.order.id }} ships {{ vars.eta }}').variables; // ['eta', 'order']
 * checkTemplate('Hi {{ vars. }}').message;
 * // 'In {{ vars. }} at character 11: Unexpected end of expression'
 */
export function checkTemplate(text: string): TemplateCheck {
  const parsed = parseTemplate(text);
  if (!parsed.ok)
    return { ok: false, message: parsed.message, position: parsed.position, variables: [] };
  const variables = new Set<string>();
  for (const segment of parsed.segments) {
    if (segment.kind === 'text') continue;
    const check = checkExpression(segment.source);
    if (!check.ok) {
      const position = segment.start + (check.position ?? 1);
      return {
        ok: false,
        message: `In {{ ${shorten(segment.source)} }} at character ${position}: ${check.message ?? 'syntax error'}`,
        position,
        variables: [],
      };
    }
    for (const name of check.variables) variables.add(name);
  }
  return { ok: true, variables: [...variables].sort() };
}

function shorten(source: string): string {
  return source.length > 40 ? `${source.slice(0, 40)}…` : source;
}
