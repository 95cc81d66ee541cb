import { DEFAULT_ENVIRONMENTS } from '../bots/default-environments';
import type { DeploymentAction } from './environment-deployment.entity';
import type { Environment, EnvironmentSecrets, EnvironmentVariables } from './environment.entity';

/** An environment as the API shows it. */
export interface EnvironmentView {
  name: string;
  version: { id: string; number: number; note: string; publishedAt: string } | null;
  variables: EnvironmentVariables;
  secrets: EnvironmentSecrets;
  updatedAt: string;
}

/** One entry of an environment's history, newest first. */
export interface DeploymentView {
  action: DeploymentAction;
  version: number;
  previousVersion: number | null;
  actorUserId: string | null;
  at: string;
}

export function environmentView(environment: Environment): EnvironmentView {
  const version = environment.version;
  return {
    name: environment.name,
    version: version
      ? {
          id: version.id,
          number: version.number,
          note: version.note,
          publishedAt: version.createdAt.toISOString(),
        }
      : null,
    variables: environment.variables,
    secrets: environment.secrets,
    updatedAt: environment.updatedAt.toISOString(),
  };
}

/** Names of variables declared with scope `bot` in any of the given documents. */
export function botVariables(...documents: (Record<string, unknown> | undefined)[]): Set<string> {
  const names = new Set<string>();
  for (const document of documents) {
    const variables = document?.variables;
    if (!Array.isArray(variables)) continue;
    for (const variable of variables as unknown[]) {
      if (typeof variable !== 'object' || variable === null) continue;
      const { name, scope } = variable as { name?: unknown; scope?: unknown };
      if (typeof name === 'string' && scope === 'bot') names.add(name);
    }
  }
  return names;
}

/** Default environments first, in pipeline order (staging, production), then the others by name. */
export function byPipelineOrder(a: { name: string }, b: { name: string }): number {
  const rank = (name: string) => {
    const index = (DEFAULT_ENVIRONMENTS as readonly string[]).indexOf(name);
    return index === -1 ? DEFAULT_ENVIRONMENTS.length : index;
  };
  return rank(a.name) - rank(b.name) || a.name.localeCompare(b.name);
}
