import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { callRuntime } from '../remote/runtime-client';
import { explainFailure } from '../remote/explain-failure';
import {
  type ConnectionArgs,
  connectionArgOptions,
  connectionUsage,
  resolveConnection,
} from '../remote/runtime-connection';
import type { CommandIo } from './command-io';

export const exportUsage = `Usage: parley export BOT_ID [-o FILE] [--url URL] [--api-key KEY]

Downloads a bot from a running runtime as an export file.
The file holds the draft, every published version and the environments (secret
names, never their values); docs/import-export.md describes it.
  -o, --output FILE   write the file here instead of to standard output
${connectionUsage}`;

/** `parley export`: exit 0 when the export file was written, 1 when not, 2 on bad usage. */
export async function exportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseExportArgs(args);
  if (!parsed.ok) {
    io.error(`${parsed.message}\n\n${exportUsage}`);
    return 2;
  }
  const resolved = resolveConnection(parsed.values, process.env);
  if (!resolved.ok) {
    io.error(`${resolved.message}\n\n${exportUsage}`);
    return 2;
  }
  const { connection } = resolved;
  const reply = await callRuntime(
    connection,
    'GET',
    `/bots/${encodeURIComponent(parsed.botId)}/export`,
  );
  if (!reply.reached) {
    io.error(reply.message);
    return 1;
  }
  if (reply.status !== 200) {
    for (const line of explainFailure(connection, reply.status, reply.body, 'export the bot'))
      io.error(line);
    return 1;
  }
  if (!isExportFile(reply.body)) {
    io.error(
      `The runtime at ${connection.url} answered with something that is not an export file.`,
    );
    return 1;
  }
  const text = `${JSON.stringify(reply.body, null, 2)}\n`;
  if (parsed.output === undefined) {
    // Standard output carries the file alone, so it can be piped or redirected.
    io.out(text.trimEnd());
    return 0;
  }
  try {
    await writeFile(parsed.output, text, 'utf8');
  } catch (error) {
    io.error(`${parsed.output}: cannot write the file (${describe(error)})`);
    return 1;
  }
  io.out(`Exported bot ${parsed.botId} (${describeExport(reply.body)}) to ${parsed.output}`);
  return 0;
}

type ParsedExportArgs =
  | { ok: true; botId: string; output: string | undefined; values: ConnectionArgs }
  | { ok: false; message: string };

function parseExportArgs(args: readonly string[]): ParsedExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { ...connectionArgOptions, output: { type: 'string', short: 'o' } },
    });
  } catch (error) {
    return { ok: false, message: describe(error) };
  }
  const [botId, ...extra] = parsed.positionals;
  if (botId === undefined) return { ok: false, message: 'Which bot? Give its id.' };
  if (extra.length > 0) return { ok: false, message: `Unexpected argument ${extra[0] ?? ''}` };
  const { output, ...connection } = parsed.values;
  return { ok: true, botId, output, values: connection };
}

interface ExportFileHead {
  format: 'parley.bot-export';
  versions?: unknown[];
  environments?: unknown[];
}

function isExportFile(body: unknown): body is ExportFileHead {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { format?: unknown }).format === 'parley.bot-export'
  );
}

/** `3 versions, 2 environments` */
function describeExport(file: ExportFileHead): string {
  const count = (list: unknown[] | undefined, noun: string) => {
    const n = Array.isArray(list) ? list.length : 0;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  return `${count(file.versions, 'version')}, ${count(file.environments, 'environment')}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
