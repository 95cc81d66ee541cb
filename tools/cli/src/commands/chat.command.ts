import { parseArgs } from 'node:util';
import { describeScript, portScriptSchema } from '@parley/conversation-tests';
import { localeSchema } from '@parley/flow';
import pc from 'picocolors';
import { chatHelp } from '../chat/chat-commands';
import { runChatLoop, type ChatTerminal } from '../chat/chat-loop';
import type { ChatStart } from '../chat/chat-session';
import { parseAssignments } from '../chat/assignment.parser';
import { loadBot } from '../io/load-bot';
import { readDataFile } from '../io/read-data-file';
import { flattenIssues, formatLocatedIssue } from '../io/schema-issues.format';
import type { CommandIo } from './command-io';

/** `parley chat --help`. */
export const chatUsage = `Usage: parley chat BOT.json [--locale zh-CN] [--var name=value ...] [--contact attr=value ...] [--script PORTS.yaml]

Chats with a bot in the terminal (reads lines from a pipe too).
Buttons and quick replies are numbered: type the number to press one.
  --locale     the conversation's language (default: the bot's default locale)
  --var        a variable set when the conversation starts (repeatable; JSON values allowed)
  --contact    a contact attribute (repeatable)
  --script     scripted port answers (YAML or JSON, the shape of a test turn's "ports")

${chatHelp}`;

/** `parley chat`: exit 0 when the user leaves, 1 when the bot or script cannot be used, 2 on bad usage. */
export async function chatCommand(
  args: readonly string[],
  io: CommandIo,
  terminal: ChatTerminal = processTerminal(io),
): Promise<number> {
  const parsed = parseChatArgs(args);
  if (!parsed.ok) {
    io.error(`${parsed.message}\n\n${chatUsage}`);
    return 2;
  }
  const { botFile, scriptFile, start } = parsed;
  const bot = await loadBot(botFile, io, 'refusing to chat with a bot that has errors');
  if (bot === undefined) return 1;
  if (start.locale !== undefined && !bot.doc.locales.includes(start.locale)) {
    io.error(`${botFile}: the bot speaks ${bot.doc.locales.join(', ')}, not "${start.locale}"`);
    return 1;
  }
  if (scriptFile !== undefined) {
    const script = await readScript(scriptFile, io);
    if (script === undefined) return 1;
    start.script = script;
  }
  io.out(
    `${pc.bold(`Parley chat — ${bot.doc.name}`)} ${pc.dim(`(${botFile}, ${start.locale ?? bot.doc.defaultLocale})`)}`,
  );
  io.out(
    pc.dim(
      `Note: LLM, knowledge, look-up and action services are not configured here; nodes that need them take their error outcome${scriptFile === undefined ? '' : ' unless the script answers for them'}.\n` +
        `Scripted port answers: ${describeScript(start.script)}${scriptFile === undefined ? ' (give some with --script FILE)' : ` (from ${scriptFile})`}. Type /help for commands.`,
    ),
  );
  await runChatLoop(bot.doc, start, terminal);
  return 0;
}

type ParsedChatArgs =
  | { ok: true; botFile: string; scriptFile: string | undefined; start: ChatStart }
  | { ok: false; message: string };

function parseChatArgs(args: readonly string[]): ParsedChatArgs {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        locale: { type: 'string' },
        var: { type: 'string', multiple: true },
        contact: { type: 'string', multiple: true },
        script: { type: 'string' },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const [botFile, ...extra] = values.positionals;
  if (botFile === undefined) return { ok: false, message: 'Which bot? Give a BOT.json file.' };
  if (extra.length > 0) return { ok: false, message: `Unexpected argument ${extra[0] ?? ''}` };
  const { locale, script } = values.values;
  if (locale !== undefined && !localeSchema.safeParse(locale).success)
    return { ok: false, message: `--locale ${locale} is not a language tag such as en or zh-CN` };
  const vars = parseAssignments(values.values.var ?? [], '--var');
  if (!vars.ok) return vars;
  const contact = parseAssignments(values.values.contact ?? [], '--contact');
  if (!contact.ok) return contact;
  const start: ChatStart = {};
  if (locale !== undefined) start.locale = locale;
  if (Object.keys(vars.value).length > 0) start.vars = vars.value;
  if (Object.keys(contact.value).length > 0) start.contact = contact.value;
  return { ok: true, botFile, scriptFile: script, start };
}

async function readScript(file: string, io: CommandIo): Promise<ChatStart['script']> {
  const read = await readDataFile(file);
  if (!read.ok) {
    io.error(read.message);
    return undefined;
  }
  const parsed = portScriptSchema.safeParse(read.value);
  if (parsed.success) return parsed.data;
  for (const issue of flattenIssues(parsed.error.issues))
    io.error(formatLocatedIssue(file, issue, read.locate, () => undefined));
  return undefined;
}

function processTerminal(io: CommandIo): ChatTerminal {
  const write = (line: string) => io.out(line);
  return process.stdin.isTTY && process.stdout.isTTY
    ? { input: process.stdin, output: process.stdout, write }
    : { input: process.stdin, write };
}
