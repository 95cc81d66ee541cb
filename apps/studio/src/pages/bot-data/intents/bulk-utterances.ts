/** Longest example the document accepts (nlu.schema). */
export const UTTERANCE_MAX = 1_000;

/** What a paste of example phrases comes to. */
export interface BulkPaste {
  /** New phrases, trimmed, in the order pasted. */
  added: string[];
  /** Lines already there or repeated in the paste. */
  duplicates: number;
  /** Lines longer than an example may be. */
  tooLong: number;
}

/**
 * Reads pasted text as one example phrase a line: trims each, drops blank lines,
 * lines the intent already has and repeats within the paste. Comparison ignores
 * case and inner runs of spaces, which the classifier ignores too.
 */
export function parseBulkUtterances(text: string, existing: readonly string[]): BulkPaste {
  const seen = new Set(existing.map(utteranceKey));
  const added: string[] = [];
  let duplicates = 0;
  let tooLong = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const phrase = line.trim().replace(/\s+/g, ' ');
    if (phrase === '') continue;
    if (phrase.length > UTTERANCE_MAX) {
      tooLong += 1;
      continue;
    }
    const key = utteranceKey(phrase);
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    added.push(phrase);
  }
  return { added, duplicates, tooLong };
}

/** Two phrases that differ only in case or spacing are the same example. */
export function utteranceKey(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
