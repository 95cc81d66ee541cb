/// <reference types="jest" />
import { isPortError, type PortError, type PortErrorCode } from '../port-error';
import type { PortName } from '../ports';

/**
 * What a contract suite gets from the adapter under test: the port, the `control`
 * that steers its backend (a stand-in server, a seeded store, a scripted double), and
 * an optional `dispose` run after each test (close servers, drop tables).
 */
export interface PortContractSubject<P, C> {
  port: P;
  control: C;
  dispose?: () => void | Promise<void>;
}

/** Builds a fresh subject for each test. */
export type PortContractFactory<P, C> = () => Promise<PortContractSubject<P, C>>;

/** How late past the caller's `timeoutMs` a port may give up and still honour it. */
export const TIMEOUT_SLACK_MS = 1_500;

/** Jest's limit for one contract test: long enough for a timeout test and its slack. */
export const CONTRACT_TEST_TIMEOUT_MS = 15_000;

/**
 * Registers `beforeEach`/`afterEach` hooks that build a fresh subject per test and
 * dispose of it afterwards; call `current()` inside a test.
 */
export function useSubject<P, C>(
  makePort: PortContractFactory<P, C>,
): () => PortContractSubject<P, C> {
  let subject: PortContractSubject<P, C> | undefined;
  beforeEach(async () => {
    subject = await makePort();
  });
  afterEach(async () => {
    await subject?.dispose?.();
    subject = undefined;
  });
  return () => {
    if (subject === undefined)
      throw new Error('The contract subject is only available inside a test');
    return subject;
  };
}

/**
 * Awaits a call that must fail with a `PortError` of this port and code, and returns
 * the error. Anything else (a plain `Error`, a resolved value) fails the test.
 */
export async function expectPortError(
  call: Promise<unknown>,
  port: PortName,
  code: PortErrorCode,
): Promise<PortError> {
  let outcome: { resolved: unknown } | { thrown: unknown };
  try {
    outcome = { resolved: await call };
  } catch (error) {
    outcome = { thrown: error };
  }
  if (!('thrown' in outcome))
    throw new Error(`Expected PortError(${port}, ${code}); the call resolved instead`);
  const error = outcome.thrown;
  if (!isPortError(error))
    throw new Error(`Expected PortError(${port}, ${code}); got ${String(error)}`);
  expect({ port: error.port, code: error.code }).toEqual({ port, code });
  expect(error.message).not.toBe('');
  return error;
}

/** Awaits `call` and reports how long it took (wall time; contract suites run real adapters). */
export async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await call();
  return { value, ms: performance.now() - started };
}

/** Asserts that a call fails as a `timeout` no later than `timeoutMs` plus the slack. */
export async function expectTimeout(
  call: () => Promise<unknown>,
  port: PortName,
  timeoutMs: number,
): Promise<void> {
  const { ms } = await timed(() => expectPortError(call(), port, 'timeout'));
  expect(ms).toBeLessThan(timeoutMs + TIMEOUT_SLACK_MS);
}
