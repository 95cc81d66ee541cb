import type { BotDocument, FlowEdge, FlowNode } from '@parley/flow';

/**
 * A generated bot for the engine benchmark: one flow of `segments` segments, each
 * an `ask` (where the turn waits) followed by 19 working nodes — set and condition
 * nodes with JSONata, and templated messages — so that one customer message runs a
 * 20-node turn. The last segment loops back to the first.
 */
export function generateBenchBot(segments: number): BotDocument {
  const nodes: FlowNode[] = [node('start', 'start', {})];
  const edges: FlowEdge[] = [];
  // Outcomes of the previous node that lead on to the next one.
  let previous = { id: 'start', handles: ['next'] };
  const linkFrom = (target: string) => {
    for (const handle of previous.handles) {
      edges.push({ id: `e${edges.length}`, source: previous.id, sourceHandle: handle, target });
    }
  };
  for (let s = 0; s < segments; s++) {
    const ask = `s${s}-ask`;
    nodes.push(node(ask, 'ask', { question: 'Next? ({{ vars.count }})', variable: 'answer' }));
    linkFrom(ask);
    previous = { id: ask, handles: ['next', 'invalid'] };
    for (let i = 0; i < 19; i++) {
      const id = `s${s}-n${i}`;
      const kind = workingKinds[i % workingKinds.length] ?? 'message';
      nodes.push(node(id, kind, workingData[kind]));
      linkFrom(id);
      previous = { id, handles: kind === 'condition' ? ['big', 'even', 'else'] : ['next'] };
    }
  }
  // Close the loop: the last working node leads back to the first segment's ask.
  linkFrom('s0-ask');
  return {
    schemaVersion: 2,
    id: 'bench',
    name: 'Engine benchmark',
    defaultLocale: 'en',
    locales: ['en'],
    settings: {
      fallbackMessage: 'Sorry?',
      timezone: 'UTC',
      nluConfidenceThreshold: 0.6,
      redactPersonalData: false,
      inactivityTimeoutMinutes: 30,
      maxStepsPerTurn: 500,
    },
    variables: [
      { name: 'count', type: 'number', scope: 'conversation', default: 0 },
      { name: 'total', type: 'number', scope: 'conversation', default: 0 },
      { name: 'tier', type: 'string', scope: 'conversation', default: 'gold' },
      { name: 'name', type: 'string', scope: 'conversation', default: 'Ada' },
      { name: 'answer', type: 'string', scope: 'conversation' },
    ],
    intents: [],
    entities: [],
    flows: [{ id: 'main', name: 'Main', parameters: [], returns: [], nodes, edges }],
    tests: [],
  };
}

/** 13 of every 19 working nodes evaluate JSONata; the rest render templates. */
const workingKinds = ['set', 'condition', 'message'] as const;
type WorkingKind = (typeof workingKinds)[number];

const workingData: Record<WorkingKind, Record<string, unknown>> = {
  set: {
    assignments: [
      { variable: 'count', value: 'vars.count + 1' },
      { variable: 'total', value: 'vars.total + vars.count * 2' },
    ],
  },
  condition: {
    branches: [
      { id: 'big', label: 'Big', when: 'vars.total > 1000 and vars.tier = "gold"' },
      { id: 'even', label: 'Even', when: 'vars.count % 2 = 0' },
    ],
  },
  message: { text: 'Step {{ vars.count }}: total {{ vars.total }} for {{ vars.name }}' },
};

function node(id: string, type: string, data: Record<string, unknown>): FlowNode {
  return { id, type, position: { x: 0, y: 0 }, data };
}
