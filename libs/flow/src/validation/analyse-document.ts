import type { NodeCatalogContract, NodeKindContract } from '../catalog-contract';
import type { BotDocument } from '../document/bot-document.schema';
import type { Flow } from '../document/graph.schema';
import { systemEntityNames } from '../document/nlu.schema';
import type { Problem } from '../problem';
import { analyseNode, type AnalysisReport } from './analyse-node';
import type { ValidationMessages } from './messages/validation-messages';
import type { FlowInfo, NodeInfo, ValidationContext } from './validation-context';

/**
 * Builds what the checks share from a parsed document: each node's kind, settings
 * and outcomes, id lookups (Maps, so ids such as "constructor" are just ids), and
 * the names that references may use.
 */
export function analyseDocument(
  doc: BotDocument,
  catalog: NodeCatalogContract,
  messages: ValidationMessages,
): ValidationContext {
  const analysisProblems: Problem[] = [];
  const variableNames = doc.variables.map((variable) => variable.name);
  const flows = doc.flows.map((flow, index) =>
    analyseFlow(doc, catalog, flow, index, variableNames, { problems: analysisProblems, messages }),
  );
  return {
    doc,
    catalog,
    flows,
    flowIds: new Set(doc.flows.map((flow) => flow.id)),
    intentNames: new Set(doc.intents.map((intent) => intent.name)),
    entityNames: new Set<string>([
      ...systemEntityNames,
      ...doc.entities.map((entity) => entity.name),
    ]),
    locales: new Set(doc.locales),
    messages,
    analysisProblems,
  };
}

function analyseFlow(
  doc: BotDocument,
  catalog: NodeCatalogContract,
  flow: Flow,
  flowIndex: number,
  variableNames: readonly string[],
  report: AnalysisReport,
): FlowInfo {
  const path = ['flows', flowIndex] as const;
  const nodes = flow.nodes.map((node, nodeIndex) =>
    analyseNode(
      kindOf(catalog, node.type),
      { doc, flow, node },
      [...path, 'nodes', nodeIndex],
      report,
    ),
  );
  const nodeById = new Map<string, NodeInfo>();
  for (const info of nodes) if (!nodeById.has(info.node.id)) nodeById.set(info.node.id, info);
  const readableNames = new Set([
    ...variableNames,
    ...flow.parameters.map((parameter) => parameter.name),
    ...flow.returns.map((parameter) => parameter.name),
  ]);
  return { flow, path, nodes, nodeById, readableNames };
}

/** Own keys only: a node of type "constructor" must not find `Object.prototype.constructor`. */
function kindOf(catalog: NodeCatalogContract, type: string): NodeKindContract | undefined {
  return Object.hasOwn(catalog, type) ? catalog[type] : undefined;
}
