/**
 * Tarjan's strongly connected components over vertices `0..count-1`, with an
 * explicit stack instead of recursion so that a flow of thousands of nodes in a
 * line cannot overflow the call stack. Components come out in reverse topological
 * order; vertices inside each are sorted ascending, so results are deterministic.
 *
 * @param successors `successors[v]` lists the vertices `v` has an edge to.
 */
export function stronglyConnectedComponents(
  count: number,
  successors: readonly (readonly number[])[],
): number[][] {
  const index = new Array<number>(count).fill(-1);
  const lowLink = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let nextIndex = 0;

  for (let root = 0; root < count; root += 1) {
    if (index[root] !== -1) continue;
    // Each frame is a vertex and how many of its successors have been looked at.
    const frames: [vertex: number, edge: number][] = [[root, 0]];
    index[root] = lowLink[root] = nextIndex++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) break;
      const [vertex, edge] = frame;
      const next = successors[vertex]?.[edge];
      if (next !== undefined) {
        frame[1] = edge + 1;
        if (index[next] === -1) {
          index[next] = lowLink[next] = nextIndex++;
          stack.push(next);
          onStack[next] = true;
          frames.push([next, 0]);
        } else if (onStack[next] === true) {
          lowLink[vertex] = Math.min(at(lowLink, vertex), at(index, next));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined)
        lowLink[parent[0]] = Math.min(at(lowLink, parent[0]), at(lowLink, vertex));
      if (lowLink[vertex] === index[vertex]) components.push(popComponent(stack, onStack, vertex));
    }
  }
  return components;
}

function popComponent(stack: number[], onStack: boolean[], root: number): number[] {
  const component: number[] = [];
  for (;;) {
    const vertex = stack.pop();
    if (vertex === undefined) break;
    onStack[vertex] = false;
    component.push(vertex);
    if (vertex === root) break;
  }
  return component.sort((a, b) => a - b);
}

function at(values: readonly number[], i: number): number {
  return values[i] ?? 0;
}
