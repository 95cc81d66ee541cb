/** Where a command writes; tests capture it, `main` binds it to the process. */
export interface CommandIo {
  out(text: string): void;
  error(text: string): void;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};
