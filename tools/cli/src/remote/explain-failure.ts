import { formatPath } from '../io/format-problems';
import type { RuntimeConnection } from './runtime-connection';

/**
 * Lines telling the user why the runtime said no to `doing` ("import the bot"):
 * what to do about a refused key or token, else the runtime's own message and
 * every problem it listed (a 422 names the document, the path and the reason).
 */
export function explainFailure(
  connection: RuntimeConnection,
  status: number,
  body: unknown,
  doing: string,
): string[] {
  if (status === 401) return [refusedCredentials(connection)];
  if (status === 403) {
    const who = connection.apiKey !== undefined ? 'The API key' : 'Your account';
    return [
      `${who} may not ${doing} (HTTP 403): it needs the admin or editor role in the bot's workspace.`,
    ];
  }
  const message = messageOf(body);
  const problems = problemsOf(body);
  return [
    `Could not ${doing}: HTTP ${status}${message === undefined ? '' : `: ${message}`}`,
    ...problems.map(formatRemoteProblem),
  ];
}

function refusedCredentials(connection: RuntimeConnection): string {
  const refused = `The Parley runtime at ${connection.url} refused the request (HTTP 401):`;
  if (connection.apiKey !== undefined) {
    return `${refused} the API key is not valid (mistyped or revoked?); check --api-key or PARLEY_API_KEY.`;
  }
  if (connection.token !== undefined) {
    return `${refused} the access token is not valid or has expired; log in again, or use an API key (--api-key or PARLEY_API_KEY).`;
  }
  return `${refused} no API key was given; pass --api-key KEY or set PARLEY_API_KEY.`;
}

function messageOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() === '' ? undefined : body.trim().slice(0, 500);
  if (!isObject(body)) return undefined;
  const { message } = body;
  if (typeof message === 'string') return message;
  // Nest puts a list of messages here for some validation errors.
  if (Array.isArray(message)) return message.filter((m) => typeof m === 'string').join('; ');
  return undefined;
}

function problemsOf(body: unknown): Record<string, unknown>[] {
  return isObject(body) && Array.isArray(body.problems) ? body.problems.filter(isObject) : [];
}

/** `  draft › flow "main" › node "ask" › data.question: must not be empty [invalid-settings]` */
export function formatRemoteProblem(problem: Record<string, unknown>): string {
  const where: string[] = [];
  if (typeof problem.document === 'string') where.push(problem.document);
  if (typeof problem.flowId === 'string') where.push(`flow "${problem.flowId}"`);
  if (typeof problem.nodeId === 'string') where.push(`node "${problem.nodeId}"`);
  if (typeof problem.edgeId === 'string') where.push(`edge "${problem.edgeId}"`);
  const path = pathText(problem.path);
  if (path !== '') where.push(path);
  const message = typeof problem.message === 'string' ? problem.message : 'invalid';
  const code = typeof problem.code === 'string' ? ` [${problem.code}]` : '';
  return `  ${where.length > 0 ? `${where.join(' › ')}: ` : ''}${message}${code}`;
}

function pathText(path: unknown): string {
  if (typeof path === 'string') return path;
  if (!Array.isArray(path)) return '';
  return formatPath(
    path.filter((part): part is string | number => ['string', 'number'].includes(typeof part)),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
