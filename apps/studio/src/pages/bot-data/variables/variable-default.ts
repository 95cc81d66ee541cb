import type { VariableType } from '@parley/flow';

/** A default value read from its input: `undefined` means none. */
export type DefaultParse =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'number' | 'boolean' | 'date' | 'json' | 'list' | 'object' };

/**
 * Reads the text of a default-value input as a value of `type`. Blank means no
 * default. Dates are ISO (`2026-05-01`, or with a time); lists and objects are JSON.
 */
export function parseDefault(type: VariableType, text: string): DefaultParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'number': {
      const value = Number(trimmed);
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'number' };
    }
    case 'boolean':
      if (trimmed === 'true' || trimmed === 'false') return { ok: true, value: trimmed === 'true' };
      return { ok: false, problem: 'boolean' };
    case 'date':
      return isIsoDate(trimmed) ? { ok: true, value: trimmed } : { ok: false, problem: 'date' };
    case 'list':
    case 'object':
      return parseJson(type, trimmed);
  }
}

/** The input text for a stored default (the inverse of `parseDefault`). */
export function formatDefault(type: VariableType, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (type === 'list' || type === 'object') return JSON.stringify(value, null, 2);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A short one-line view of a default for the table. */
export function previewDefault(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function parseJson(type: 'list' | 'object', text: string): DefaultParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  if (type === 'list')
    return Array.isArray(value) ? { ok: true, value } : { ok: false, problem: 'list' };
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject ? { ok: true, value } : { ok: false, problem: 'object' };
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function isIsoDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const day = new Date(text.slice(0, 10) + 'T00:00:00Z');
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text.slice(0, 10);
}
