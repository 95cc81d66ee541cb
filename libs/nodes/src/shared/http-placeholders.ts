import { pickLocale, type Json, type NodeContext } from '@parley/engine';
import { parseTemplate, type LocalizedText } from '@parley/flow';
import { errorReason } from './error-reason';

/** A piece of a filled request template: the analyst's text, or one placeholder's value. */
export type PlaceholderPart =
  { kind: 'text'; text: string } | { kind: 'value'; source: string; value: Json };

/** A rendered piece of a request, or why it may not be sent. */
export type HttpRendered = { ok: true; text: string } | { ok: false; reason: string };

/** What filling placeholders needs from the node context. */
export type PlaceholderContext = Pick<NodeContext<unknown>, 'evaluate' | 'locale' | 'doc'>;

/**
 * Picks the template's locale variant, splits it with `parseTemplate` and evaluates
 * each `{{ }}` once with `ctx.evaluate` — but joins nothing: the caller encodes each
 * value for where it lands (URL, header, JSON string, …). Values are data: text a
 * customer typed (`{{ vars.secret }}`) is never parsed as a template here.
 *
 * @param where names the part of the request in reasons, e.g. `request URL`.
 */
export async function evaluatePlaceholders(
  ctx: PlaceholderContext,
  template: LocalizedText,
  where: string,
): Promise<{ ok: true; parts: PlaceholderPart[] } | { ok: false; reason: string }> {
  const parsed = parseTemplate(pickLocale(template, ctx.locale, ctx.doc.defaultLocale));
  if (!parsed.ok) return { ok: false, reason: `${where}: ${parsed.message}` };
  const parts: PlaceholderPart[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind === 'text') {
      parts.push({ kind: 'text', text: segment.text });
      continue;
    }
    try {
      const value = await ctx.evaluate(segment.source);
      parts.push({ kind: 'value', source: segment.source, value });
    } catch (error) {
      return {
        ok: false,
        reason: `${where}: the placeholder {{ ${segment.source} }} failed: ${errorReason(error)}`,
      };
    }
  }
  return { ok: true, parts };
}

/**
 * A value as text, the way message templates show it: `null` is empty, numbers
 * have at most 15 significant digits (as JSONata prints them), objects and arrays
 * are JSON.
 */
export function placeholderText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return JSON.stringify(roundNumber(value));
  if (typeof value === 'boolean') return String(value);
  return typedJson(value);
}

/** A value as a JSON literal, numbers rounded as `placeholderText` rounds them. */
export function typedJson(value: Json): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' ? roundNumber(item) : item,
  );
}

function roundNumber(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

/** Shortens an error message for a reason (a parser may quote the whole input). */
export function shortReason(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
