import type { ValidationContext } from './validation-context';

/**
 * Ids of the flows that can wait for the customer: a node of theirs waits, or they
 * call (through a `flow` widget field, as subflow does) a flow that can. A loop
 * through a call into such a flow waits inside the callee, so it is not a runaway
 * loop. Computed to a fixed point, so chains of calls and recursion are covered.
 */
export function waitingFlows(context: ValidationContext): Set<string> {
  const waiting = new Set<string>();
  for (const info of context.flows) {
    if (info.nodes.some((node) => node.waitsForInput)) waiting.add(info.flow.id);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const info of context.flows) {
      if (waiting.has(info.flow.id)) continue;
      if (info.nodes.some((node) => callsAny(node.fields, waiting))) {
        waiting.add(info.flow.id);
        changed = true;
      }
    }
  }
  return waiting;
}

/** True when one of the fields names a flow in `flows`. */
export function callsAny(
  fields: readonly { widget: string; value: unknown }[],
  flows: ReadonlySet<string>,
): boolean {
  return fields.some(
    (field) => field.widget === 'flow' && typeof field.value === 'string' && flows.has(field.value),
  );
}
