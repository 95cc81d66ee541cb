/** What a regex entity's pattern makes of a sample message. */
export type PatternTest =
  { ok: false; error: string } | { ok: true; matches: { text: string; index: number }[] };

/**
 * Compiles a pattern as the NLU does (JavaScript syntax, every match) and
 * lists what it finds in `sample`. An invalid pattern gives the engine's message.
 */
export function testPattern(pattern: string, sample: string): PatternTest {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'g');
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const matches: { text: string; index: number }[] = [];
  for (const match of sample.matchAll(regex)) {
    // A pattern that can match nothing (`a*`) finds an empty match everywhere: not a value.
    if (match[0] !== '') matches.push({ text: match[0], index: match.index });
  }
  return { ok: true, matches };
}

/** The compile error of a pattern, or `null` when it compiles. */
export function patternError(pattern: string): string | null {
  const tested = testPattern(pattern, '');
  return tested.ok ? null : tested.error;
}
