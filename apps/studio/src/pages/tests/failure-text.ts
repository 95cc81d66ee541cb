/**
 * The runner's words for a failure without its one-line text diff (`diff [-a-]{+b+}`):
 * the studio shows expected and actual side by side instead.
 */
export function withoutTextDiff(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^\s*diff\s/.test(line))
    .join('\n');
}
