import type { Ports } from '../ports/ports';

/** A clock tests can move. */
export interface FakeClock {
  now(): number;
  advance(ms: number): void;
}

export function createFakeClock(start = Date.UTC(2025, 0, 1)): FakeClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

/**
 * Ports that answer without doing anything: no intent, no passages, `{}` bodies, handoff
 * accepted, a fixed clock. Pass overrides for the ports a test cares about.
 */
export function createFakePorts(overrides: Partial<Ports> = {}): Ports {
  return {
    nlu: {
      classify: () => Promise.resolve({ intent: null, confidence: 0, ranking: [], entities: [] }),
      sentiment: () => Promise.resolve({ score: 0 }),
    },
    llm: { complete: () => Promise.resolve({ text: '', finishReason: 'stop' }) },
    knowledge: { search: () => Promise.resolve({ passages: [] }) },
    lookup: {
      http: () => Promise.resolve({ status: 200, body: {} }),
      table: () => Promise.resolve({ rows: [] }),
    },
    action: { http: () => Promise.resolve({ status: 200, body: {} }) },
    clock: createFakeClock(),
    handoff: { request: () => Promise.resolve({ accepted: true, ticketId: 't-1' }) },
    ...overrides,
  };
}
