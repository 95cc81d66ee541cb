import { z } from 'zod';

/** One problem as the API reports it: validation (400), publish (422) and import (422). */
export const apiProblemSchema = z.looseObject({
  message: z.string(),
  path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).optional(),
  severity: z.string().optional(),
  code: z.string().optional(),
  document: z.string().optional(),
  nodeId: z.string().optional(),
  flowId: z.string().optional(),
});
export type ApiProblem = z.infer<typeof apiProblemSchema>;

const errorBodySchema = z.looseObject({
  message: z.union([z.string(), z.array(z.string())]).optional(),
  problems: z.array(apiProblemSchema).optional(),
  currentRevision: z.number().optional(),
});

/**
 * A request the API answered with an error status, or one that never got an
 * answer (`status` 0: offline, server down). Pages decide what to show by status.
 */
export class ApiError extends Error {
  readonly problems: ApiProblem[];
  readonly currentRevision: number | undefined;

  constructor(
    readonly status: number,
    message: string,
    /** The answer's body as sent, for callers that read more of it (the publish gate's `testFailures`). */
    readonly body: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
    const parsed = errorBodySchema.safeParse(body);
    this.problems = parsed.success ? (parsed.data.problems ?? []) : [];
    this.currentRevision = parsed.success ? parsed.data.currentRevision : undefined;
  }

  /** Builds the error from a response body, taking its message when it has one. */
  static fromBody(status: number, body: unknown): ApiError {
    const parsed = errorBodySchema.safeParse(body);
    const message = parsed.success ? parsed.data.message : undefined;
    const text = Array.isArray(message) ? message.join('; ') : message;
    return new ApiError(status, text ?? `HTTP ${status}`, body);
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A path for people: `flows.0.nodes.3.data.text`. */
export function problemPath(problem: ApiProblem): string {
  const { path } = problem;
  if (path === undefined) return '';
  return Array.isArray(path) ? path.join('.') : path;
}
