import { createInterface } from 'node:readline';
import type { BotDocument } from '@parley/flow';
import type { FlowInput, TurnRecord } from '@parley/testing';
import pc from 'picocolors';
import { runChatCommand, type ChatContext } from './chat-commands';
import { renderTurn } from './chat-turn.render';
import { startChatConversation, type ChatStart } from './chat-session';

/** Where the chat reads and writes. */
export interface ChatTerminal {
  input: NodeJS.ReadableStream;
  /** Set for a real terminal: readline draws a prompt and line editing there. */
  output?: NodeJS.WritableStream;
  write: (line: string) => void;
}

/**
 * The chat's read–answer loop. Reads lines until `/quit` or the end of the input, so
 * it works the same on a terminal and on a pipe (`printf 'hi\n/vars\n' | parley chat
 * bot.json`): each line is answered before the next is read. Without a terminal the
 * user's lines are echoed (`you › …`), so the output reads as a transcript.
 */
export async function runChatLoop(
  doc: BotDocument,
  start: ChatStart,
  terminal: ChatTerminal,
): Promise<void> {
  const ctx: ChatContext = {
    doc,
    start,
    conversation: await startChatConversation(doc, start),
    choices: [],
    write: terminal.write,
    show: (record: TurnRecord) => {
      const { lines, choices } = renderTurn(record);
      lines.forEach((line) => terminal.write(line));
      ctx.choices = choices;
    },
  };
  const opening = ctx.conversation.turns[0];
  if (opening !== undefined) ctx.show(opening);
  const interactive = terminal.output !== undefined;
  const lines = createInterface({
    input: terminal.input,
    ...(interactive ? { output: terminal.output, terminal: true } : { terminal: false }),
  });
  // Without a listener, readline only pauses on Ctrl-C; a chat should end.
  lines.on('SIGINT', () => lines.close());
  lines.setPrompt(pc.green('you › '));
  if (interactive) lines.prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (!interactive) terminal.write(pc.green(`you › ${raw}`));
    try {
      if (line.startsWith('/')) {
        if ((await runChatCommand(line, ctx)) === 'quit') break;
      } else if (line !== '') {
        ctx.show(await ctx.conversation.send(toInput(line, ctx)));
      }
    } catch (error) {
      // A message the engine refuses (e.g. over 20 000 characters) must not end the chat.
      terminal.write(pc.red(`error: ${error instanceof Error ? error.message : String(error)}`));
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}

/** A choice's number presses that button (its label travels as the text); anything else is typed text. */
function toInput(line: string, ctx: ChatContext): FlowInput {
  const choice = /^\d{1,3}$/.test(line) ? ctx.choices[Number(line) - 1] : undefined;
  return choice === undefined ? line : { payload: choice.payload, text: choice.label };
}
