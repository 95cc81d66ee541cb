import { PortError, isPortError, type NodeResult, type PortName } from '@parley/engine';
import type { z } from 'zod';

/** What a guarded port call gave: the checked value, or the `PortError` it ended in. */
export type PortCallResult<T> = { ok: true; value: T } | { ok: false; error: PortError };

/** How long past its own deadline a port may take before the executor gives up on it. */
const DEADLINE_GRACE_MS = 500;

/**
 * Calls a port the way every executor should: with a deadline, the result checked
 * against the port's zod schema, and failures as values rather than throws.
 *
 * Ports are asked to honour `timeoutMs` themselves; the executor's own timer (a little
 * later) is a backstop so a port that hangs still ends the turn. A reply that does not
 * match the schema counts as `bad-response`. Errors other than `PortError` are bugs and
 * are rethrown for the engine to report.
 *
 * @example
 * const result = await callPort('llm', input.timeoutMs, llmCompletionSchema, () => ctx.ports.llm.complete(input));
 * if (!result.ok) return portFailure(result.error, 'The LLM');
 */
export async function callPort<S extends z.ZodType>(
  port: PortName,
  timeoutMs: number | undefined,
  schema: S,
  call: () => Promise<unknown>,
): Promise<PortCallResult<z.output<S>>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const pending = call();
    const raw =
      timeoutMs === undefined
        ? await pending
        : await Promise.race([
            pending,
            new Promise<never>((_, reject) => {
              timer = setTimeout(
                () => reject(new PortError(port, 'timeout', `no answer within ${timeoutMs} ms`)),
                timeoutMs + DEADLINE_GRACE_MS,
              );
            }),
          ]);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: new PortError(port, 'bad-response', `unexpected reply: ${parsed.error.message}`),
      };
    }
    return { ok: true, value: parsed.data };
  } catch (error) {
    if (isPortError(error)) return { ok: false, error };
    throw error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * A reason an analyst understands for a failed port call, e.g.
 * `LLM provider not configured` or `Lookup timed out (no answer within 10000 ms)`.
 * `what` names the service from the flow's point of view ("LLM provider", "Lookup").
 */
export function portFailureReason(error: PortError, what: string): string {
  switch (error.code) {
    case 'not-configured':
      // The port's message says what is missing (a provider, a secret): the analyst's next step.
      return error.message ? `${what} not configured (${error.message})` : `${what} not configured`;
    case 'timeout':
      return `${what} timed out (${error.message})`;
    case 'unavailable':
      return `${what} unavailable (${error.message})`;
    case 'bad-response':
      return `${what} gave an unusable answer (${error.message})`;
  }
}

/** The `error` result for a failed port call (see `portFailureReason`). */
export function portFailure(error: PortError, what: string): NodeResult {
  return { type: 'error', reason: portFailureReason(error, what) };
}
