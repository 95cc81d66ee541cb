/** Kind checks that names in settings point at something the document declares. */
import { systemEntityNames, type NodeCheckContext, type NodeCheckIssue } from '@parley/flow';

type Path = NodeCheckIssue['path'];

/** `unknown-flow` when no flow of the bot has this id. */
export function checkFlowRef(
  flowId: string,
  context: NodeCheckContext,
  path: Path,
): NodeCheckIssue[] {
  if (context.doc.flows.some((flow) => flow.id === flowId)) return [];
  return [{ code: 'unknown-flow', path, message: `There is no flow with the id "${flowId}"` }];
}

/** `unknown-intent` when the bot declares no intent of this name. */
export function checkIntentRef(
  name: string,
  context: NodeCheckContext,
  path: Path,
): NodeCheckIssue[] {
  if (context.doc.intents.some((intent) => intent.name === name)) return [];
  return [{ code: 'unknown-intent', path, message: `The intent "${name}" is not declared` }];
}

/** `unknown-entity` when the name is neither a declared nor a system entity. */
export function checkEntityRef(
  name: string,
  context: NodeCheckContext,
  path: Path,
): NodeCheckIssue[] {
  const isSystem = systemEntityNames.some((system) => system === name);
  if (isSystem || context.doc.entities.some((entity) => entity.name === name)) return [];
  return [
    {
      code: 'unknown-entity',
      path,
      message: `The entity "${name}" is neither declared nor a system entity (${systemEntityNames.join(', ')})`,
    },
  ];
}
