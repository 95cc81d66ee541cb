/** One piece of a diff: kept, only expected (removed) or only said (added). */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** Longer texts are shown as a whole replacement: the table grows with the product. */
const MAX_TOKENS = 600;

/**
 * A word-level diff of what a test expected and what the bot said. Latin text splits
 * into words and spaces; Chinese (no spaces) into single characters, so `已发货` vs
 * `已送达` shows the two characters that differ rather than the whole sentence.
 */
export function diffText(expected: string, actual: string): DiffPart[] {
  const a = tokenize(expected);
  const b = tokenize(actual);
  if (a.length * b.length > MAX_TOKENS * MAX_TOKENS) {
    return [
      { op: 'removed', text: expected },
      { op: 'added', text: actual },
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lcs[i] ?? [];
      row[j] =
        a[i] === b[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i] ?? '');
      i += 1;
      j += 1;
    } else if (
      i < a.length &&
      (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      // Removals first: "[-has-]{+was+}" reads as "has became was".
      push('removed', a[i] ?? '');
      i += 1;
    } else {
      push('added', b[j] ?? '');
      j += 1;
    }
  }
  return joinChanges(parts);
}

/**
 * Folds a space kept between two changes into them, so a changed phrase reads as one
 * `[-was shipped-]{+is on its way+}` rather than word by word.
 */
function joinChanges(parts: DiffPart[]): DiffPart[] {
  const joined: DiffPart[] = [];
  let removed = '';
  let added = '';
  let pending = '';
  const flush = () => {
    if (removed !== '') joined.push({ op: 'removed', text: removed });
    if (added !== '') joined.push({ op: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const part of parts) {
    if (part.op === 'same' && /^\s+$/.test(part.text) && (removed !== '' || added !== '')) {
      pending += part.text;
      continue;
    }
    if (part.op === 'same') {
      flush();
      joined.push({ op: 'same', text: pending + part.text });
      pending = '';
      continue;
    }
    if (pending !== '') {
      if (removed !== '') removed += pending;
      if (added !== '') added += pending;
      pending = '';
    }
    if (part.op === 'removed') removed += part.text;
    else added += part.text;
  }
  flush();
  if (pending !== '') joined.push({ op: 'same', text: pending });
  return joined;
}

/**
 * The diff inline, readable without colour: `order [-has-]{+was+} shipped`.
 * `style` may wrap the marked parts (e.g. red and green in a terminal).
 */
export function renderDiff(
  parts: readonly DiffPart[],
  style: { removed: (s: string) => string; added: (s: string) => string } = {
    removed: (s) => s,
    added: (s) => s,
  },
): string {
  return parts
    .map((part) => {
      if (part.op === 'removed') return style.removed(`[-${part.text}-]`);
      if (part.op === 'added') return style.added(`{+${part.text}+}`);
      return part.text;
    })
    .join('');
}

function tokenize(text: string): string[] {
  return text.match(/\s+|\p{Script=Han}|[^\s\p{Script=Han}]+/gu) ?? [];
}
