import { type FlowParameter, flowParameterSchema } from '@parley/flow';
import { updateFlow } from '../../../draft/document-edits';
import type { DraftDocument, DraftFlow } from '../../../draft/draft-document';

/** A flow's inputs (`parameters`) or outputs (`returns`) when it is called as a subflow. */
export type ParameterList = 'parameters' | 'returns';

/** The list as the schema reads it; entries that do not parse are left out of the view. */
export function readParameters(flow: DraftFlow, list: ParameterList): FlowParameter[] {
  const raw: unknown = flow[list];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const parsed = flowParameterSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds (`previous` null), replaces or removes (`next` null) one parameter of a flow. */
export function saveParameter(
  doc: DraftDocument,
  flowId: string,
  list: ParameterList,
  previous: string | null,
  next: FlowParameter | null,
): DraftDocument {
  return updateFlow(doc, flowId, (flow) => {
    const raw: unknown = flow[list];
    const items: unknown[] = Array.isArray(raw) ? [...(raw as unknown[])] : [];
    const index = items.findIndex((item) => nameOf(item) === previous);
    if (index === -1 && next !== null) items.push(next);
    else if (index !== -1 && next !== null) items[index] = next;
    else if (index !== -1) items.splice(index, 1);
    return { ...flow, [list]: items };
  });
}

function nameOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null && 'name' in item ? item.name : undefined;
}
