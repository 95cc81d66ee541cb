import type { NodeResult } from '../executor';
import { isPortError } from '../ports/port-error';
import { nodeResultTypeSchema } from '../trace';

const resultTypes: ReadonlySet<string> = new Set(nodeResultTypeSchema.options);

/**
 * A cheap shape check of what an executor returned (executors are typed, but a plain
 * JavaScript one could return anything). Runs on every step, so no schema parse.
 */
export function isNodeResult(value: unknown): value is NodeResult {
  if (typeof value !== 'object' || value === null || !('type' in value)) {
    return false;
  }
  const type = value.type;
  if (typeof type !== 'string' || !resultTypes.has(type)) {
    return false;
  }
  switch (type) {
    case 'outcome':
      return 'outcome' in value && typeof value.outcome === 'string';
    case 'jump':
      return 'flowId' in value && typeof value.flowId === 'string';
    case 'call':
      return (
        'flowId' in value &&
        typeof value.flowId === 'string' &&
        'args' in value &&
        typeof value.args === 'object' &&
        value.args !== null &&
        'results' in value &&
        Array.isArray(value.results)
      );
    case 'error':
      return 'reason' in value && typeof value.reason === 'string';
    case 'end':
    case 'return':
      return 'status' in value && (value.status === 'resolved' || value.status === 'unresolved');
    default:
      return true;
  }
}

/** A readable reason for something an executor threw. */
export function describeError(error: unknown): string {
  if (isPortError(error)) {
    return `${error.port} port ${error.code}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
