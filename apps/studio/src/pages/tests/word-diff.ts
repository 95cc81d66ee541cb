/** A run of words both texts share, or that only one of them has. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Word-level differences between what a test expected and what the bot said, so a
 * changed word stands out in a long message: the longest common subsequence of words,
 * each with the spaces after it (a lone space must not anchor a match). Long texts
 * fall back to one removed and one added part rather than a quadratic table.
 */
export function wordDiff(expected: string, actual: string): DiffPart[] {
  const a = words(expected);
  const b = words(actual);
  if (a.length * b.length > 250_000) return whole(expected, actual);
  // lengths[i][j]: the common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] =
        a[i] === b[j]
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i++]!);
      j++;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      push('added', b[j++]!);
    } else {
      push('removed', a[i++]!);
    }
  }
  return parts;
}

function whole(expected: string, actual: string): DiffPart[] {
  return [
    { kind: 'removed', text: expected },
    { kind: 'added', text: actual },
  ];
}

function words(text: string): string[] {
  return text.split(/(?<=\s)(?=\S)/).filter((word) => word !== '');
}
