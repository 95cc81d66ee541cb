import { HttpException } from '@nestjs/common';
import type { SimulatorFailure } from './simulator.events';

/** A request the simulator refuses, with the status the HTTP API would answer. */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';

  constructor(
    readonly status: number,
    message: string,
    readonly extra: Omit<SimulatorFailure, 'ok' | 'error' | 'status'> = {},
  ) {
    super(message);
  }
}

/**
 * The ack of a failed request. The services' own refusals (a bot of another
 * workspace: 404) keep their status and message; anything else is our fault and
 * says nothing more than that.
 */
export function failureOf(error: unknown): SimulatorFailure | undefined {
  if (error instanceof SimulatorError) {
    return { ok: false, error: error.message, status: error.status, ...error.extra };
  }
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const details = typeof response === 'object' ? (response as Record<string, unknown>) : {};
    const message = typeof details.message === 'string' ? details.message : error.message;
    return { ok: false, error: message, status: error.getStatus() };
  }
  return undefined;
}
