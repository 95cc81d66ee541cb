/** Progress for people watching: stderr only, since stdout carries the one JSON result line. */
export function progress(message: string): void {
  process.stderr.write(`[bench:turns] ${message}\n`);
}
