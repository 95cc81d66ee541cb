import { describe, expect, it } from 'vitest';
import type { DraftFlow } from '../../draft/draft-document';
import { layoutFlow } from './auto-layout';

const flow: DraftFlow = {
  id: 'main',
  name: 'Main',
  nodes: ['start', 'ask', 'yes', 'no'].map((id) => ({
    id,
    type: 'message',
    position: { x: 0, y: 0 },
    data: {},
  })),
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask' },
    { id: 'e2', source: 'ask', sourceHandle: 'a', target: 'yes' },
    { id: 'e3', source: 'ask', sourceHandle: 'b', target: 'no' },
  ],
};

describe('auto-layout', () => {
  it('ranks nodes along the edges in the chosen direction without overlaps', () => {
    const sizes = new Map([['ask', { width: 240, height: 160 }]]);
    const lr = layoutFlow(flow, 'LR', sizes);
    expect([...lr.keys()].sort()).toEqual(['ask', 'no', 'start', 'yes']);
    const x = (id: string) => lr.get(id)?.x ?? Number.NaN;
    expect(x('start')).toBeLessThan(x('ask'));
    expect(x('ask')).toBeLessThan(x('yes'));
    expect(x('yes')).toBe(x('no'));
    expect(lr.get('yes')?.y).not.toBe(lr.get('no')?.y);

    const tb = layoutFlow(flow, 'TB', sizes);
    const y = (id: string) => tb.get(id)?.y ?? Number.NaN;
    expect(y('start')).toBeLessThan(y('ask'));
    expect(y('ask') + 160).toBeLessThan(y('yes'));
  });
});
