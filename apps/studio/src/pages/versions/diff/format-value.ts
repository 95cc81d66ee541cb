/** A value of the diff as one short line: strings quoted, the rest as JSON, long ones cut. */
export function formatValue(value: unknown, none: string, max = 80): string {
  if (value === undefined) return none;
  // Diffed values come from JSON documents, so JSON.stringify always has an answer.
  const text = JSON.stringify(value) ?? none;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
