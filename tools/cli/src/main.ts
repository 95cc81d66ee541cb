import { adminCommand, adminUsage } from './commands/admin.command';
import { type CommandIo, processIo } from './commands/command-io';
import { chatCommand, chatUsage } from './commands/chat.command';
import { exportCommand, exportUsage } from './commands/export.command';
import { importCommand, importUsage } from './commands/import.command';
import { secretsCommand, secretsUsage } from './commands/secrets.command';
import { testCommand, testUsage } from './commands/test.command';
import { validateCommand, validateUsage } from './commands/validate.command';

type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

const commands: Readonly<Record<string, { run: Command; usage: string }>> = {
  validate: { run: validateCommand, usage: validateUsage },
  chat: { run: chatCommand, usage: chatUsage },
  test: { run: testCommand, usage: testUsage },
  secrets: { run: secretsCommand, usage: secretsUsage },
  admin: { run: adminCommand, usage: adminUsage },
  export: { run: exportCommand, usage: exportUsage },
  import: { run: importCommand, usage: importUsage },
};

const help = `parley — build and check Parley bots from the terminal

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.usage.split('\n')[2] ?? ''}`)
  .join('\n')}

Run "parley <command> --help" for a command's options.`;

/** Entry point of the `parley` binary; returns the process exit code. */
export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.error(`Unknown command "${name}".\n\n${help}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  return command.run(args, io);
}
