import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { cannotRead, parseJsonText } from './read-json-file';
import { createSourceLocator, type SourceLocator } from './source-locator';

/** A parsed YAML or JSON file, with a way back from a value's path to its line. */
export type ReadDataResult =
  { ok: true; value: unknown; locate: SourceLocator } | { ok: false; message: string };

/**
 * Reads a `.yaml`/`.yml` file as YAML 1.2 and anything else as strict JSON. Syntax
 * errors say where (`tests.yaml:7:12: …`); a parsed file comes with a locator so that
 * schema errors can point at their line too.
 */
export async function readDataFile(path: string): Promise<ReadDataResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: cannotRead(path, error) };
  }
  if (!/\.ya?ml$/i.test(path)) {
    const json = parseJsonText(path, text);
    return json.ok ? { ...json, locate: createSourceLocator(text, 'json') } : json;
  }
  if (text.trim() === '') return { ok: false, message: `${path}: the file is empty` };
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  const [first] = doc.errors;
  if (first !== undefined) {
    const start = first.linePos?.start;
    const where = start === undefined ? path : `${path}:${start.line}:${start.col}`;
    // The pretty message repeats the position and quotes the line; its first line is enough.
    const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, message: `${where}: malformed YAML: ${message}` };
  }
  const value: unknown = doc.toJSON();
  return { ok: true, value, locate: createSourceLocator(text, 'yaml') };
}
