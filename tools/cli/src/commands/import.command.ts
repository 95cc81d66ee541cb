import { parseArgs } from 'node:util';
import { readJsonFile } from '../io/read-json-file';
import { explainFailure } from '../remote/explain-failure';
import { type RuntimeReply, callRuntime } from '../remote/runtime-client';
import {
  type ConnectionArgs,
  type RuntimeConnection,
  connectionArgOptions,
  connectionUsage,
  resolveConnection,
} from '../remote/runtime-connection';
import type { CommandIo } from './command-io';

export const importUsage = `Usage: parley import FILE [--publish [--note TEXT] [--environment LIST]] [--url URL] [--api-key KEY]

Creates a bot on a running runtime from an export file or a bot document.
Prints the new bot's id; an invalid file is refused with every problem, located.
The export file format is described in docs/import-export.md.
  --publish           then publish the draft as a new version and deploy it
  --note TEXT         the note of that version
  --environment LIST  where to deploy it, comma-separated (default: staging): the
                      first gets the new version, the others have it deployed too
${connectionUsage}`;

/** `parley import`: exit 0 when the bot was imported (and published), 1 when not, 2 on bad usage. */
export async function importCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseImportArgs(args);
  if (!parsed.ok) return usageError(parsed.message, io);
  const resolved = resolveConnection(parsed.connection, process.env);
  if (!resolved.ok) return usageError(resolved.message, io);
  const { connection } = resolved;
  const read = await readJsonFile(parsed.file);
  if (!read.ok) {
    io.error(read.message);
    return 1;
  }
  if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) {
    io.error(`${parsed.file}: not a bot document or an export file (expected a JSON object)`);
    return 1;
  }
  const bot = await importBot(connection, read.value, io);
  if (bot === undefined) return 1;
  io.out(`Imported "${bot.name}" as bot ${bot.id}`);
  if (parsed.publish === undefined) return 0;
  return (await publishAndDeploy(connection, bot.id, parsed.publish, io)) ? 0 : 1;
}

function usageError(message: string, io: CommandIo): number {
  io.error(`${message}\n\n${importUsage}`);
  return 2;
}

interface Publish {
  note: string | undefined;
  /** The first gets the version as it is published; the others have it deployed. */
  environments: [string, ...string[]];
}

type ParsedImportArgs =
  | { ok: true; file: string; publish: Publish | undefined; connection: ConnectionArgs }
  | { ok: false; message: string };

function parseImportArgs(args: readonly string[]): ParsedImportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        ...connectionArgOptions,
        publish: { type: 'boolean' },
        note: { type: 'string' },
        environment: { type: 'string' },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined)
    return { ok: false, message: 'Which file? Give an export file or a bot document.' };
  if (extra.length > 0) return { ok: false, message: `Unexpected argument ${extra[0] ?? ''}` };
  const { publish, note, environment, ...connection } = parsed.values;
  if (publish !== true) {
    return note !== undefined || environment !== undefined
      ? { ok: false, message: '--note and --environment go with --publish.' }
      : { ok: true, file, publish: undefined, connection };
  }
  const environments = [
    ...new Set((environment ?? 'staging').split(',').map((name) => name.trim())),
  ].filter((name) => name !== '');
  const [first, ...rest] = environments;
  if (first === undefined) return { ok: false, message: '--environment names no environment.' };
  return { ok: true, file, publish: { note, environments: [first, ...rest] }, connection };
}

interface ImportedBot {
  id: string;
  name: string;
}

async function importBot(
  connection: RuntimeConnection,
  document: object,
  io: CommandIo,
): Promise<ImportedBot | undefined> {
  const reply = await callRuntime(connection, 'POST', '/bots/import', document);
  if (!reply.reached) {
    io.error(reply.message);
    return undefined;
  }
  if (!isSuccess(reply.status)) {
    for (const line of explainFailure(connection, reply.status, reply.body, 'import the bot'))
      io.error(line);
    return undefined;
  }
  const { id, name } = (reply.body ?? {}) as { id?: unknown; name?: unknown };
  if (typeof id !== 'string') {
    io.error(`The runtime at ${connection.url} answered the import without a bot id.`);
    return undefined;
  }
  return { id, name: typeof name === 'string' ? name : id };
}

/** Publishes the draft into the first environment, then deploys that version to the others. */
async function publishAndDeploy(
  connection: RuntimeConnection,
  botId: string,
  { note, environments: [first, ...others] }: Publish,
  io: CommandIo,
): Promise<boolean> {
  const bot = `/bots/${encodeURIComponent(botId)}`;
  const published = await callRuntime(connection, 'POST', `${bot}/publish`, {
    note,
    environment: first,
  });
  const version = versionNumberOf(published);
  if (!published.reached || !isSuccess(published.status) || version === undefined) {
    report(connection, published, 'publish the bot', io);
    io.error(`The bot was imported as ${botId}, but not published.`);
    return false;
  }
  io.out(`Published version ${version} to ${first}`);
  for (const environment of others) {
    const path = `${bot}/environments/${encodeURIComponent(environment)}/deploy`;
    const deployed = await callRuntime(connection, 'POST', path, { version });
    if (!deployed.reached || !isSuccess(deployed.status)) {
      report(connection, deployed, `deploy version ${version} to ${environment}`, io);
      return false;
    }
    io.out(`Deployed version ${version} to ${environment}`);
  }
  return true;
}

function versionNumberOf(reply: RuntimeReply): number | undefined {
  if (!reply.reached) return undefined;
  const number = (reply.body as { version?: { number?: unknown } } | null)?.version?.number;
  return typeof number === 'number' ? number : undefined;
}

function report(
  connection: RuntimeConnection,
  reply: RuntimeReply,
  doing: string,
  io: CommandIo,
): void {
  if (!reply.reached) io.error(reply.message);
  else if (!isSuccess(reply.status))
    for (const line of explainFailure(connection, reply.status, reply.body, doing)) io.error(line);
  else io.error(`Could not ${doing}: the runtime at ${connection.url} answered without a version.`);
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
