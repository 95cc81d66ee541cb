import { parseBotDocument, validateBot, type BotDocument } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import type { CommandIo } from '../commands/command-io';
import { botDocumentIn } from './bot-export-file';
import { formatProblems } from './format-problems';
import { readDataFile } from './read-data-file';
import type { SourceLocator } from './source-locator';

/** A bot document ready to run, with its raw JSON (for sections the schema does not know yet). */
export interface LoadedBot {
  doc: BotDocument;
  raw: unknown;
  locate: SourceLocator;
}

/**
 * Reads and validates a bot document for `chat` and `test`: a bare document, or an
 * export file, whose draft is taken (what the studio's Export downloads). A document with errors
 * is refused: its problems are printed (as `parley validate` prints them) and
 * `undefined` is returned. Warnings do not stop it.
 */
export async function loadBot(
  path: string,
  io: CommandIo,
  refusal: string,
): Promise<LoadedBot | undefined> {
  if (/\.ya?ml$/i.test(path)) {
    io.error(`${path}: a bot document is JSON (did you swap the bot and the tests file?)`);
    return undefined;
  }
  const read = await readDataFile(path);
  if (!read.ok) {
    io.error(read.message);
    return undefined;
  }
  const { document, path: inFile } = botDocumentIn(read.value);
  const problems = validateBot(document, nodeCatalog);
  const parsed = parseBotDocument(document);
  if (problems.some((p) => p.severity === 'error') || !parsed.ok) {
    io.out(formatProblems(path, problems));
    io.error(`${path}: ${refusal}`);
    return undefined;
  }
  const locate: SourceLocator = (at) => read.locate([...inFile, ...at]);
  return { doc: parsed.doc, raw: document, locate };
}
