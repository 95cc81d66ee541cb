import { z } from 'zod';
import { localizedTextSchema } from '@parley/flow';
import { defineExecutor, type ExecutorCatalog } from '../executor';
import type { Json } from '../json';
import { isPortError } from '../ports/port-error';

const statusSchema = z.enum(['resolved', 'unresolved']).default('resolved');

/**
 * Tiny executors for driving the engine in tests, one per shape of `NodeResult`. They are
 * not Parley's node kinds (those live in `@parley/nodes`); they keep engine tests small.
 */
export const testExecutors = {
  /** Entry point: `next`. */
  start: defineExecutor(z.object({}), { run: () => ({ type: 'outcome', outcome: 'next' }) }),
  /** Says a template, then `next`. */
  say: defineExecutor(z.object({ text: localizedTextSchema }), {
    run: async (ctx) => {
      ctx.say({ type: 'text', text: await ctx.render(ctx.settings.text) });
      return { type: 'outcome', outcome: 'next' };
    },
  }),
  /** Waits for a message (stored in `variable`), or `timeout` when its timer fires. */
  waitFor: defineExecutor(
    z.object({ variable: z.string().optional(), timeoutMs: z.number().optional() }),
    {
      run: (ctx) => ({
        type: 'wait',
        nodeState: { asked: true },
        timers:
          ctx.settings.timeoutMs === undefined
            ? []
            : [{ id: 'timeout', afterMs: ctx.settings.timeoutMs }],
      }),
      resume: (ctx, event) => {
        if (event.type === 'timer') {
          return { type: 'outcome', outcome: 'timeout' };
        }
        const text = ctx.input?.text;
        if (text === undefined) {
          return { type: 'wait', nodeState: ctx.nodeState ?? null };
        }
        ctx.consumeInput();
        if (ctx.settings.variable !== undefined) {
          ctx.setVar(ctx.settings.variable, text);
        }
        return { type: 'outcome', outcome: 'next' };
      },
    },
  ),
  /** `yes` when the expression is truthy, else `no`. */
  branch: defineExecutor(z.object({ when: z.string() }), {
    run: async (ctx) => ({
      type: 'outcome',
      outcome: (await ctx.evaluate(ctx.settings.when)) ? 'yes' : 'no',
    }),
  }),
  /** Sets a variable from an expression, then `next`. */
  assign: defineExecutor(z.object({ variable: z.string(), value: z.string() }), {
    run: async (ctx) => {
      ctx.setVar(ctx.settings.variable, await ctx.evaluate(ctx.settings.value));
      return { type: 'outcome', outcome: 'next' };
    },
  }),
  /** Calls a flow with expression arguments. */
  callFlow: defineExecutor(
    z.object({
      flowId: z.string(),
      args: z.record(z.string(), z.string()).default({}),
      results: z.array(z.object({ variable: z.string(), from: z.string() })).default([]),
    }),
    {
      run: async (ctx) => {
        const args: Record<string, Json> = {};
        for (const [name, expression] of Object.entries(ctx.settings.args)) {
          args[name] = await ctx.evaluate(expression);
        }
        return { type: 'call', flowId: ctx.settings.flowId, args, results: ctx.settings.results };
      },
    },
  ),
  jumpTo: defineExecutor(z.object({ flowId: z.string() }), {
    run: (ctx) => ({ type: 'jump', flowId: ctx.settings.flowId }),
  }),
  finish: defineExecutor(z.object({ status: statusSchema }), {
    run: (ctx) => ({ type: 'end', status: ctx.settings.status }),
  }),
  returnFlow: defineExecutor(z.object({ status: statusSchema }), {
    run: (ctx) => ({ type: 'return', status: ctx.settings.status }),
  }),
  /** Throws, like a buggy node. */
  fail: defineExecutor(z.object({ message: z.string().default('boom') }), {
    run: (ctx) => {
      throw new Error(ctx.settings.message);
    },
  }),
  /** Calls `lookup.http` with a secret header; `found` (response in `variable`) or `error`. */
  fetch: defineExecutor(z.object({ url: z.string(), variable: z.string().default('response') }), {
    run: async (ctx) => {
      try {
        const response = await ctx.ports.lookup.http({
          method: 'GET',
          url: ctx.settings.url,
          headers: { Authorization: 'Bearer s3cr3t', Accept: 'application/json' },
          secretName: 'crm',
          timeoutMs: 1_000,
        });
        ctx.setVar(ctx.settings.variable, response.body);
        return { type: 'outcome', outcome: 'found' };
      } catch (error) {
        if (isPortError(error)) {
          return { type: 'error', reason: `lookup failed: ${error.code}` };
        }
        throw error;
      }
    },
  }),
  /** Hands off to an agent; `resumed` on hand-back. */
  handoffTo: defineExecutor(z.object({ queue: z.string().default('default') }), {
    run: (ctx) => {
      ctx.say({ type: 'handoff', queue: ctx.settings.queue });
      return { type: 'handoff', nodeState: null };
    },
    resume: (_ctx, event) =>
      event.type === 'agent-handback'
        ? { type: 'outcome', outcome: 'resumed' }
        : { type: 'handoff', nodeState: null },
  }),
} satisfies ExecutorCatalog;

export type TestNodeKind = keyof typeof testExecutors;
