import { useState } from 'react';

/**
 * The text of an "add one" field and why it cannot be added yet. A blank field is
 * ignored rather than reported; any other problem is shown until the text changes.
 */
export function useAddValue(options: {
  problemOf: (text: string) => string | null;
  /** The problem key that means "nothing typed". */
  blank: string;
  onAdd: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    const found = options.problemOf(text);
    if (found === options.blank) return;
    setProblem(found);
    if (found !== null) return;
    options.onAdd(text);
    setText('');
  }

  function change(next: string) {
    setText(next);
    setProblem(null);
  }

  return { text, problem, change, add };
}
