import { PortError } from '@parley/engine';
import type { PortScript, ScriptablePort } from '@parley/testing';
import type { PortFailure, PortScriptInput } from './port-script.schema';

/** One scripted method: where it is and how many calls its script expects. */
export interface ScriptedMethod {
  port: ScriptablePort;
  method: string;
  /** A list expects exactly its length in calls; a single answer at least one. */
  calls: number;
  list: boolean;
}

/**
 * Turns a parsed port script into `createTestPorts`' script: replies stay as they
 * are, `{ error }` entries become `PortError`s thrown by the port.
 */
export function buildPortScript(input: PortScriptInput | undefined): PortScript {
  if (input === undefined) return {};
  const failure = (port: ScriptablePort, f: PortFailure) =>
    new PortError(port, f.error, f.message ?? `scripted ${f.error}`);
  // One generic mapper keeps each method's reply type (I/O types come from the ports).
  const map = <T>(port: ScriptablePort, script: T | PortFailure | (T | PortFailure)[]) => {
    const one = (answer: T | PortFailure): T | PortError =>
      isFailure(answer) ? failure(port, answer) : answer;
    return Array.isArray(script) ? script.map(one) : one(script);
  };
  const script: PortScript = {};
  const { nlu, llm, knowledge, lookup, action, handoff } = input;
  if (nlu !== undefined) {
    script.nlu = {};
    if (nlu.classify !== undefined) script.nlu.classify = map('nlu', nlu.classify);
    if (nlu.sentiment !== undefined) script.nlu.sentiment = map('nlu', nlu.sentiment);
  }
  if (llm?.complete !== undefined) script.llm = { complete: map('llm', llm.complete) };
  if (knowledge?.search !== undefined)
    script.knowledge = { search: map('knowledge', knowledge.search) };
  if (lookup !== undefined) {
    script.lookup = {};
    if (lookup.http !== undefined) script.lookup.http = map('lookup', lookup.http);
    if (lookup.table !== undefined) script.lookup.table = map('lookup', lookup.table);
  }
  if (action?.http !== undefined) script.action = { http: map('action', action.http) };
  if (handoff?.request !== undefined) script.handoff = { request: map('handoff', handoff.request) };
  return script;
}

/** Every method a script answers, with the number of calls it plans for. */
export function scriptedMethods(input: PortScriptInput | undefined): ScriptedMethod[] {
  if (input === undefined) return [];
  const found: ScriptedMethod[] = [];
  for (const [port, methods] of Object.entries(input)) {
    if (!isScriptablePort(port) || methods === undefined) continue;
    for (const [method, script] of Object.entries(methods)) {
      if (script === undefined) continue;
      const list = Array.isArray(script);
      found.push({ port, method, list, calls: list ? script.length : 1 });
    }
  }
  return found;
}

/** `nlu.classify`, `lookup.http (2 answers)` … for the chat's start-up note. */
export function describeScript(input: PortScriptInput | undefined): string {
  const methods = scriptedMethods(input);
  if (methods.length === 0) return 'nothing';
  return methods
    .map((m) => `${m.port}.${m.method}${m.list ? ` (${m.calls} answers)` : ''}`)
    .join(', ');
}

function isFailure(answer: unknown): answer is PortFailure {
  return typeof answer === 'object' && answer !== null && 'error' in answer;
}

const scriptablePorts: readonly string[] = [
  'nlu',
  'llm',
  'knowledge',
  'lookup',
  'action',
  'handoff',
];

function isScriptablePort(name: string): name is ScriptablePort {
  return scriptablePorts.includes(name);
}
