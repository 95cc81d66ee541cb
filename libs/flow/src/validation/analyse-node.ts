import type { NodeKindContract, NodeCheckContext } from '../catalog-contract';
import { makeProblem } from '../make-problem';
import type { Problem } from '../problem';
import type { ValidationMessages } from './messages/validation-messages';
import type { NodeInfo, Path } from './validation-context';
import { labelledWidgetFields } from './widget-fields';

/** Where analysis puts what it finds, and the words it finds them in. */
export interface AnalysisReport {
  readonly problems: Problem[];
  readonly messages: ValidationMessages;
}

/**
 * Works out once what every check needs to know about a node: its kind, its parsed
 * settings, its outcomes and whether it waits for input. The kind's methods are
 * libs/nodes code run on analyst input; if one throws, the node is reported with
 * `internal-error` and treated as unknown instead of stopping the whole validation.
 */
export function analyseNode(
  kind: NodeKindContract | undefined,
  context: NodeCheckContext,
  path: Path,
  report: AnalysisReport,
): NodeInfo {
  const { node } = context;
  const base = { node, path, kind, optionalOutcomes: new Set<string>(), fields: [] };
  if (kind === undefined) {
    return {
      ...base,
      parsed: false,
      settings: undefined,
      settingsIssues: [],
      outcomes: undefined,
      waitsForInput: true,
    };
  }
  const result = kind.settingsSchema.safeParse(node.data);
  if (!result.success) {
    const settingsIssues = result.error.issues;
    return {
      ...base,
      parsed: false,
      settings: undefined,
      settingsIssues,
      outcomes: undefined,
      waitsForInput: true,
    };
  }
  const settings = result.data;
  const fail = (method: string, error: unknown): undefined => {
    report.problems.push(kindFailed(context, path, method, error, report.messages));
    return undefined;
  };
  const outcomes = attempt(
    () => kind.outcomes(settings, context),
    (e) => fail('outcomes', e),
  );
  const optional = attempt(
    () => kind.optionalOutcomes?.(settings) ?? [],
    (e) => fail('optionalOutcomes', e),
  );
  const waits = attempt(
    () => kind.waitsForInput(settings),
    (e) => fail('waitsForInput', e),
  );
  return {
    ...base,
    parsed: true,
    settings,
    settingsIssues: [],
    // Walked once here; the fields check and the loop check both read it.
    fields: labelledWidgetFields(kind.settingsSchema, settings),
    outcomes: outcomes === undefined || optional === undefined ? undefined : new Set(outcomes),
    optionalOutcomes: new Set(optional ?? []),
    waitsForInput: waits ?? true,
  };
}

/** Runs `run`; on a throw, hands the error to `onError` and returns what it returns. */
export function attempt<T>(run: () => T, onError: (error: unknown) => T): T {
  try {
    return run();
  } catch (error) {
    return onError(error);
  }
}

/** A kind's own code threw: Parley's bug, reported where the analyst can see it. */
export function kindFailed(
  context: NodeCheckContext,
  path: Path,
  method: string,
  error: unknown,
  messages: ValidationMessages,
): Problem {
  const { node, flow } = context;
  return makeProblem(
    'internal-error',
    messages.kindFailed(flow.id, node, method, errorReason(error)),
    { flowId: flow.id, nodeId: node.id, path },
  );
}

/** What went wrong, short enough for a badge. */
export function errorReason(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return reason.slice(0, 200);
}
