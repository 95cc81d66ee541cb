/** Plain text, or a `{{ expression }}` placeholder. */
export type TemplateSegment =
  | { kind: 'text'; text: string }
  /**
   * `source` is the expression without braces or surrounding spaces;
   * `text.slice(start, end) === source` (0-based offsets into the template).
   */
  | { kind: 'expression'; source: string; start: number; end: number };

/** The template's segments, or the first reason it cannot be read. */
export type TemplateParseResult =
  | { ok: true; segments: TemplateSegment[] }
  /** `position` is the 1-based number of the character at fault. */
  | { ok: false; message: string; position: number };

/**
 * Splits text with `{{ jsonata }}` placeholders into segments. Braces inside the
 * expression (object constructors), string literals and comments do not close it:
 * `{{ {"total": vars.total} }}` is one placeholder. There is no escape: literal
 * `{{` in customer-facing text is not supported. The expressions are not parsed
 * here; see `checkTemplate`.
 *
 * @example
 * parseTemplate('Hi {{ vars.name }}!');
 * // { ok: true, segments: [{ kind: 'text', text: 'Hi ' },
 * //   { kind: 'expression', source: 'vars.name', start: 6, end: 15 }, { kind: 'text', text: '!' }] }
 */
export function parseTemplate(text: string): TemplateParseResult {
  const segments: TemplateSegment[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    if (open > at) segments.push({ kind: 'text', text: text.slice(at, open) });
    const close = findClose(text, open + 2);
    if (close < 0) {
      return {
        ok: false,
        message: `The "{{" at character ${open + 1} is never closed with "}}".`,
        position: open + 1,
      };
    }
    const inner = text.slice(open + 2, close);
    const source = inner.trim();
    if (source === '') {
      return {
        ok: false,
        message: `The "{{ }}" at character ${open + 1} is empty: put an expression inside, such as {{ vars.name }}.`,
        position: open + 1,
      };
    }
    const start = open + 2 + (inner.length - inner.trimStart().length);
    segments.push({ kind: 'expression', source, start, end: start + source.length });
    at = close + 2;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return { ok: true, segments };
}

/** Index of the `}}` closing a placeholder whose expression starts at `from`, or -1. */
function findClose(text: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      i = skipQuoted(text, i, ch);
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (ch === '{') {
      depth += 1;
      i += 1;
    } else if (ch === '}') {
      if (depth === 0 && text[i + 1] === '}') return i;
      depth = Math.max(0, depth - 1);
      i += 1;
    } else {
      i += 1;
    }
  }
  return -1;
}

/** Index just past the quote closing the literal that opens at `start`. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return text.length;
}
