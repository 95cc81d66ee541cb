import type { z } from 'zod';

/**
 * A `superRefine` check that flags every repeated `key` in a list, at the repeat's
 * own path so the settings form can point at the offending row.
 *
 * @example z.array(branchSchema).superRefine(uniqueBy('id', 'Branch id'))
 */
export function uniqueBy<T, K extends keyof T & string>(
  key: K,
  noun: string,
): (items: readonly T[], ctx: z.RefinementCtx<T[]>) => void {
  return (items, ctx) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const value = item[key];
      if (seen.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, key],
          message: `${noun} "${String(value)}" is used more than once`,
        });
      }
      seen.add(value);
    });
  };
}
