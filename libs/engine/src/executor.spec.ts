import { z } from 'zod';
import { defineExecutor, type ExecutorCatalog, type ExecutorEntry } from './executor';
import { runTurn } from './run-turn';
import { createFakePorts, testDocument } from './testing';

const askSchema = z.object({ question: z.string(), maxTries: z.number().int().default(3) });

/** How `@parley/nodes` writes its catalog: executors typed on their own settings. */
const ask = defineExecutor(askSchema, {
  run: (ctx) => {
    const tries: number = ctx.settings.maxTries;
    ctx.say({ type: 'text', text: `${ctx.settings.question} (${tries})` });
    return { type: 'wait', nodeState: { tries } };
  },
  resume: (ctx) => ({ type: 'outcome', outcome: ctx.input?.text === 'ok' ? 'next' : 'invalid' }),
});
const start = defineExecutor(z.object({}), { run: () => ({ type: 'outcome', outcome: 'next' }) });

type Kind = 'ask' | 'start';
interface SettingsByKind {
  ask: z.output<typeof askSchema>;
  start: Record<string, never>;
}
const catalog = { ask, start } satisfies { readonly [K in Kind]: ExecutorEntry<SettingsByKind[K]> };
// A catalog of specifically typed entries is an ExecutorCatalog without casts.
const asCatalog: ExecutorCatalog = catalog;

// @ts-expect-error an executor typed on other settings does not fit the schema
defineExecutor(askSchema, { run: (ctx) => ({ type: 'outcome', outcome: ctx.settings.nope }) });

describe('defineExecutor', () => {
  it('gives executors their parsed settings, defaults filled in', async () => {
    const doc = testDocument([
      {
        id: 'main',
        nodes: [
          ['s', 'start'],
          ['q', 'ask', { question: 'Order number?' }],
        ],
        edges: [['s', 'next', 'q']],
      },
    ]);
    const result = await runTurn(
      doc,
      null,
      { type: 'start' },
      { executors: asCatalog, ports: createFakePorts() },
    );
    expect(result.messages).toEqual([
      { type: 'text', text: 'Order number? (3)', nodeId: 'q', flowId: 'main' },
    ]);
    expect(result.state.waiting?.nodeState).toEqual({ tries: 3 });
  });
});
