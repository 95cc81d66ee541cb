import { readFile } from 'node:fs/promises';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads a JSON file strictly (no comments, no trailing commas) and, when it is
 * malformed, says where: `bot.json:12:5: expected a property name`. JSON.parse
 * alone often reports no position at all.
 */
export async function readJsonFile(path: string): Promise<ReadJsonResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: cannotRead(path, error) };
  }
  return parseJsonText(path, text);
}

/** `readJsonFile` on text already read; `path` only names the file in messages. */
export function parseJsonText(path: string, text: string): ReadJsonResult {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset);
    return {
      ok: false,
      message: `${path}:${line}:${column}: malformed JSON: ${describeParseError(first)}`,
    };
  }
  if (text.trim() === '') return { ok: false, message: `${path}: the file is empty` };
  return { ok: true, value };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function describeParseError(error: ParseError): string {
  const words = printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words;
}

/** `bot.json: cannot read the file (no such file)` */
export function cannotRead(path: string, error: unknown): string {
  return `${path}: cannot read the file (${describeFsError(error)})`;
}

function describeFsError(error: unknown): string {
  // By shape, not `instanceof Error`: errors from another realm (a test VM) are not instances.
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
