/**
 * Port contract suites: jest tests every real adapter of a port must pass. Call one
 * inside a spec with a factory for the adapter and a `control` that steers its
 * backend; `libs/testing` runs them against the in-memory test ports.
 *
 * @example
 * describeLlmPortContract('openai adapter', async () => ({ port: adapter, control: standIn, dispose: () => standIn.close() }));
 */
export * from './contract-support';
export * from './http-service.contract';
export * from './llm-port.contract';
export * from './nlu-port.contract';
export * from './knowledge-port.contract';
export * from './lookup-port.contract';
export * from './action-port.contract';
export * from './handoff-port.contract';
export * from './clock-port.contract';
