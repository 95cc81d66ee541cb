import type { Problem } from '@parley/flow';
import { getNodeDefinition, type UiLocale } from '@parley/nodes';
import type { TFunction } from 'i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { localize } from '../../settings-form';

/** Bot-level sections a problem can be about, by the first step of its path. */
const botSections: Record<string, string> = {
  settings: 'place.settings',
  variables: 'place.variables',
  intents: 'place.intents',
  entities: 'place.entities',
  locales: 'place.locales',
  defaultLocale: 'place.locales',
};

/** The name of a flow, or its id when the bot no longer has it. */
export function flowName(document: DraftDocument, flowId: string): string {
  return document.flows.find((flow) => flow.id === flowId)?.name ?? flowId;
}

/**
 * Where a problem is, in words: the node (kind and id), the edge (its two ends),
 * the flow as a whole, or the part of the bot outside the flows.
 */
export function describePlace(
  problem: Problem,
  document: DraftDocument,
  locale: UiLocale,
  t: TFunction,
): string {
  const flow = document.flows.find((candidate) => candidate.id === problem.flowId);
  if (problem.nodeId !== undefined) {
    const node = flow?.nodes.find((candidate) => candidate.id === problem.nodeId);
    if (node === undefined) return t('place.missingNode', { id: problem.nodeId });
    const definition = getNodeDefinition(node.type);
    const kind = definition ? localize(definition.label, locale) : node.type;
    return t('place.node', { kind, id: node.id });
  }
  if (problem.edgeId !== undefined) {
    const edge = flow?.edges.find((candidate) => candidate.id === problem.edgeId);
    if (edge === undefined) return t('place.missingEdge', { id: problem.edgeId });
    return t('place.edge', { from: edge.source, to: edge.target });
  }
  if (problem.flowId !== undefined) return t('place.flow');
  return t(botSections[String(problem.path[0])] ?? 'place.bot');
}

/** The node ids to bring into view for a problem: its node, or both ends of its edge. */
export function nodesToShow(problem: Problem, document: DraftDocument): string[] {
  if (problem.nodeId !== undefined) return [problem.nodeId];
  if (problem.edgeId === undefined) return [];
  const flow = document.flows.find((candidate) => candidate.id === problem.flowId);
  const edge = flow?.edges.find((candidate) => candidate.id === problem.edgeId);
  return edge === undefined ? [] : [edge.source, edge.target];
}
