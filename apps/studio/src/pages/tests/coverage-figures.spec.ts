import { describe, expect, it } from 'vitest';
import type { FlowCoverage } from '../../api/tests-schemas';
import type { DraftDocument } from '../../draft/draft-document';
import { coverageFigures, totalCoverage } from './coverage-figures';
import { coverageMarks } from './coverage-marks';

const node = (id: string) => ({ id, type: 'message', position: { x: 0, y: 0 }, data: {} });
const edge = (id: string, source: string, sourceHandle: string, target: string) => ({
  id,
  source,
  sourceHandle,
  target,
});

const document: DraftDocument = {
  defaultLocale: 'en',
  locales: ['en'],
  variables: [],
  intents: [],
  entities: [],
  flows: [
    {
      id: 'main',
      name: 'Main',
      nodes: [node('start'), node('ask'), node('thanks'), node('sorry')],
      edges: [
        edge('e1', 'start', 'next', 'ask'),
        edge('e2', 'ask', 'next', 'thanks'),
        edge('e3', 'ask', 'invalid', 'sorry'),
      ],
    },
    {
      id: 'help',
      name: 'Help',
      nodes: [node('h1'), node('h2')],
      // Two edges from one outcome are one way through the bot.
      edges: [edge('h-a', 'h1', 'next', 'h2'), edge('h-b', 'h1', 'next', 'h2')],
    },
    { id: 'new', name: 'Added since the run', nodes: [node('n1')], edges: [] },
  ],
};

const coverage: FlowCoverage[] = [
  {
    flowId: 'main',
    covered: 2,
    total: 3,
    nodes: {
      start: { visited: true, outcomes: { next: true } },
      ask: { visited: true, outcomes: { next: true, invalid: false } },
      thanks: { visited: true, outcomes: {} },
      sorry: { visited: false, outcomes: {} },
    },
  },
];

describe('coverage figures', () => {
  it('gives each flow its outcomes covered of total, in the draft’s order', () => {
    expect(coverageFigures(coverage, document)).toEqual([
      { flowId: 'main', name: 'Main', covered: 2, total: 3, percent: 66, unvisited: ['sorry'] },
      { flowId: 'help', name: 'Help', covered: 0, total: 1, percent: 0, unvisited: ['h1', 'h2'] },
      {
        flowId: 'new',
        name: 'Added since the run',
        covered: 0,
        total: 0,
        percent: null,
        unvisited: ['n1'],
      },
    ]);
  });

  it('adds the flows up, never rounding a gap to 100 %', () => {
    const figures = coverageFigures(coverage, document);
    expect(totalCoverage(figures)).toEqual({ covered: 2, total: 4, percent: 50 });
    const almost = [{ ...figures[0]!, covered: 199, total: 200 }];
    expect(totalCoverage(almost).percent).toBe(99);
  });

  it('marks reached nodes and taken edges as covered, the rest as uncovered', () => {
    const marks = coverageMarks(coverage, document);
    expect(Object.fromEntries(marks.nodes)).toMatchObject({
      'main/start': 'covered',
      'main/ask': 'covered',
      'main/sorry': 'uncovered',
      'help/h1': 'uncovered',
    });
    expect(Object.fromEntries(marks.edges)).toEqual({
      'main/e1': 'covered',
      'main/e2': 'covered',
      'main/e3': 'uncovered',
      'help/h-a': 'uncovered',
      'help/h-b': 'uncovered',
    });
  });
});
