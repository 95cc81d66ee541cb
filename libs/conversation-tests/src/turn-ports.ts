import type { Ports } from '@parley/engine';
import { createTestPorts, type TestPorts } from '@parley/testing';
import { buildPortScript, scriptedMethods } from './port-script.builder';
import type { PortScriptInput } from './port-script.schema';

/** Ports whose scripted answers change from turn to turn. */
export interface TurnPorts {
  /** Hand these to the conversation once; they answer with the current turn's script. */
  readonly ports: Omit<Ports, 'clock'>;
  /** Starts a turn: its script replaces the previous turn's. */
  use(script: PortScriptInput | undefined): void;
  /** After the turn: scripted answers the bot did not ask for, as readable sentences. */
  unused(): string[];
}

/**
 * Ports for a conversation test. Each turn scripts its own answers (see
 * `createTestPorts` for what unscripted methods do); the clock is left to the
 * conversation runner, which moves it when a timer fires.
 */
export function createTurnPorts(): TurnPorts {
  let script: PortScriptInput | undefined;
  let current: TestPorts = createTestPorts();
  return {
    ports: {
      nlu: {
        classify: (input) => current.nlu.classify(input),
        sentiment: (input) => current.nlu.sentiment(input),
      },
      llm: { complete: (input) => current.llm.complete(input) },
      knowledge: { search: (input) => current.knowledge.search(input) },
      lookup: {
        http: (input) => current.lookup.http(input),
        table: (input) => current.lookup.table(input),
      },
      action: { http: (input) => current.action.http(input) },
      handoff: { request: (input) => current.handoff.request(input) },
    },
    use: (next) => {
      script = next;
      current = createTestPorts(buildPortScript(next));
    },
    unused: () =>
      scriptedMethods(script).flatMap((method) => {
        const made = current.callsTo(method.port, method.method).length;
        const name = `${method.port}.${method.method}`;
        if (made === 0) return [`${name} was scripted but the bot never called it`];
        if (method.list && made < method.calls)
          return [`${name} was scripted with ${method.calls} answers but called ${made} time(s)`];
        return [];
      }),
  };
}
