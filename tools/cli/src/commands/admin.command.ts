import { createInterface } from 'node:readline/promises';
import type { CommandIo } from './command-io';
import { runRuntimeCli } from './runtime-cli.runner';

export const adminUsage = `Usage: parley admin create [--email EMAIL] [--password PASSWORD]

Creates a workspace admin in the runtime's database, for the first log-in.
It joins the oldest workspace, or a new "Default" one. Asks for what is not given; a password
typed at the prompt is not echoed. Uses DATABASE_URL, or the embedded database in
PARLEY_DATA_DIR (default ./.parley; stop the runtime first). Passwords are at
least 12 characters.`;

/** `parley admin create`: exit 0 when the admin was created. */
export async function adminCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  const options = parseOptions(rest);
  if (sub !== 'create' || !options) {
    io.error(adminUsage);
    return 2;
  }
  const { email, password } = await askMissing(options);
  return runRuntimeCli(['create-admin'], {
    PARLEY_CLI_ADMIN_EMAIL: email,
    PARLEY_CLI_ADMIN_PASSWORD: password,
  });
}

function parseOptions(args: readonly string[]): { email?: string; password?: string } | undefined {
  const options: { email?: string; password?: string } = {};
  for (let i = 0; i < args.length; i += 2) {
    const value = args[i + 1];
    if (value === undefined) return undefined;
    if (args[i] === '--email') options.email = value;
    else if (args[i] === '--password') options.password = value;
    else return undefined;
  }
  return options;
}

/**
 * Asks for what the options left out: at a terminal (the password not echoed),
 * else from piped lines, read whole since readline drops lines no question awaits.
 */
async function askMissing(options: {
  email?: string;
  password?: string;
}): Promise<{ email: string; password: string }> {
  if (options.email !== undefined && options.password !== undefined) {
    return { email: options.email, password: options.password };
  }
  if (!process.stdin.isTTY) return fromPipe(options);
  let email = options.email;
  if (email === undefined) {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    email = await rl.question('E-mail: ');
    rl.close();
  }
  return { email, password: options.password ?? (await readHidden('Password: ')) };
}

/** A line typed at the terminal in raw mode, so nothing of it is echoed. */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(prompt);
  return new Promise((resolve) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') {
          finish();
          process.exit(130);
        }
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** The missing answers from piped input, one a line, in the order of the prompts. */
async function fromPipe(options: {
  email?: string;
  password?: string;
}): Promise<{ email: string; password: string }> {
  const lines: string[] = [];
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) lines.push(line);
  const email = options.email ?? lines.shift() ?? '';
  return { email, password: options.password ?? lines.shift() ?? '' };
}
