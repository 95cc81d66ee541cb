import { describe, expect, it } from 'vitest';
import { edgeLook } from './problem-edge';
import { errorsFirst, problemsByEdge, worstSeverity } from './problem-filters';
import { sampleProblems } from './testing/sample-problems';

describe('problem filters', () => {
  it('finds the problems of each edge of a flow', () => {
    const byEdge = problemsByEdge(sampleProblems(), 'main');
    expect([...byEdge.keys()]).toEqual(['edge-2']);
    expect(byEdge.get('edge-2')?.[0]?.code).toBe('unknown-outcome');
    expect(problemsByEdge(sampleProblems(), 'billing').size).toBe(0);
  });

  it('draws an edge with problems as a problem edge, any other as a plain smooth step', () => {
    const problems = problemsByEdge(sampleProblems(), 'main').get('edge-2');
    expect(edgeLook(problems)).toEqual({ type: 'problem', data: { problems } });
    expect(edgeLook(undefined)).toEqual({ type: 'smoothstep' });
    expect(edgeLook([])).toEqual({ type: 'smoothstep' });
  });

  it('puts errors first and names the worst severity', () => {
    const main = sampleProblems().filter((problem) => problem.flowId === 'main');
    expect(errorsFirst(main).map((problem) => problem.severity)).toEqual([
      'error',
      'error',
      'warning',
    ]);
    expect(worstSeverity(main)).toBe('error');
    expect(worstSeverity(main.filter((problem) => problem.severity === 'warning'))).toBe('warning');
  });
});
