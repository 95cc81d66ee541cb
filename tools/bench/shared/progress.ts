/** Progress for people watching: stderr only, since stdout carries the one JSON result line. */
export function progressFor(bench: string): (message: string) => void {
  return (message) => process.stderr.write(`[bench:${bench}] ${message}\n`);
}
