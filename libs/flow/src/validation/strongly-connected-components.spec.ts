import fc from 'fast-check';
import { stronglyConnectedComponents } from './strongly-connected-components';

/** Which vertices `from` reaches, by brute force, to compare against. */
function reachable(successors: number[][], from: number): Set<number> {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of successors[queue.pop() ?? 0] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('stronglyConnectedComponents', () => {
  it('finds loops and singletons', () => {
    // 0 → 1 → 2 → 0, 2 → 3, 3 → 3, 4 alone
    const components = stronglyConnectedComponents(5, [[1], [2], [0, 3], [3], []]);
    expect(components.map((c) => c.join(',')).sort()).toEqual(['0,1,2', '3', '4']);
  });

  it('handles a chain of 200 000 vertices without recursion', () => {
    const count = 200_000;
    const successors = Array.from({ length: count }, (_, i) => (i + 1 < count ? [i + 1] : [0]));
    expect(stronglyConnectedComponents(count, successors)).toHaveLength(1);
  });

  it('agrees with brute force: two vertices share a component iff each reaches the other', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((count) =>
      fc.tuple(
        fc.constant(count),
        fc.array(fc.array(fc.nat(count - 1), { maxLength: 4 }), {
          minLength: count,
          maxLength: count,
        }),
      ),
    );
    fc.assert(
      fc.property(graph, ([count, successors]) => {
        const componentOf = new Map<number, number>();
        stronglyConnectedComponents(count, successors).forEach((c, i) =>
          c.forEach((v) => componentOf.set(v, i)),
        );
        expect(componentOf.size).toBe(count);
        for (let a = 0; a < count; a += 1) {
          const fromA = reachable(successors, a);
          for (let b = 0; b < count; b += 1) {
            const mutual = fromA.has(b) && reachable(successors, b).has(a);
            expect(componentOf.get(a) === componentOf.get(b)).toBe(mutual);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
