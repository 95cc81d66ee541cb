/** One thing that keeps the runtime from starting, blamed on the variable to fix. */
export interface StartupProblem {
  /** The environment variable at fault, e.g. `DATABASE_URL`. */
  variable: string;
  /** What is wrong with it, in words an operator can act on. */
  problem: string;
}

/**
 * Thrown by the start-up steps (configuration, data folder, database) when the
 * runtime cannot start. `main` prints each problem on one line, `VARIABLE: problem`,
 * and exits with code 1 — no stack trace, since the fault is in the environment,
 * not in the code.
 */
export class StartupError extends Error {
  constructor(readonly problems: readonly StartupProblem[]) {
    super(problems.map(formatStartupProblem).join('\n'));
    this.name = 'StartupError';
  }

  /** A startup error with a single problem. */
  static of(variable: string, problem: string): StartupError {
    return new StartupError([{ variable, problem }]);
  }
}

/** `VARIABLE: problem`, the line printed for one problem. */
export function formatStartupProblem({ variable, problem }: StartupProblem): string {
  return `${variable}: ${problem}`;
}
