import { validateBot } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { formatProblems } from '../io/format-problems';
import { readJsonFile } from '../io/read-json-file';
import type { CommandIo } from './command-io';

export const validateUsage = `Usage: parley validate BOT.json [BOT.json ...] [--strict]

Checks bot documents and prints every problem with its location.
Exits 1 when any document has an error (or, with --strict, a warning).`;

/** `parley validate`: exit 0 when every file is valid, 1 otherwise, 2 on bad usage. */
export async function validateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const strict = args.includes('--strict');
  const files = args.filter((a) => a !== '--strict');
  const unknownFlag = files.find((a) => a.startsWith('-'));
  if (unknownFlag !== undefined || files.length === 0) {
    io.error(unknownFlag ? `Unknown option ${unknownFlag}\n\n${validateUsage}` : validateUsage);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const read = await readJsonFile(file);
    if (!read.ok) {
      io.error(read.message);
      failed = true;
      continue;
    }
    const problems = validateBot(read.value, nodeCatalog);
    io.out(formatProblems(file, problems));
    const blocking = problems.filter((p) => strict || p.severity === 'error');
    if (blocking.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}
