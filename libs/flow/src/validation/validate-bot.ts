import type { NodeCatalogContract } from '../catalog-contract';
import { makeProblem } from '../make-problem';
import { parseBotDocument } from '../parse/parse-bot-document';
import type { Problem } from '../problem';
import { analyseDocument } from './analyse-document';
import { errorReason } from './analyse-node';
import { cyclesCheck } from './checks/cycles.check';
import { duplicatesCheck } from './checks/duplicates.check';
import { edgeEndpointsCheck } from './checks/edge-endpoints.check';
import { edgeOutcomesCheck } from './checks/edge-outcomes.check';
import { fieldsCheck } from './checks/fields.check';
import { kindRulesCheck } from './checks/kind-rules.check';
import { localesCheck } from './checks/locales.check';
import { missingOutcomeEdgesCheck } from './checks/missing-outcome-edges.check';
import { reachabilityCheck } from './checks/reachability.check';
import { settingsCheck } from './checks/settings.check';
import { startNodeCheck } from './checks/start-node.check';
import { testsCheck } from './checks/tests.check';
import { unknownKindCheck } from './checks/unknown-kind.check';
import { messagesForLocale } from './messages/messages-for-locale';
import type {
  CheckName,
  ValidateBotOptions,
  ValidationMessages,
} from './messages/validation-messages';
import type { ValidationCheck, ValidationContext } from './validation-context';

/** The checks, in the order their problems are listed within the bot and within each flow. */
const checks: readonly [name: CheckName, check: ValidationCheck][] = [
  ['duplicates', duplicatesCheck],
  ['locales', localesCheck],
  ['start node', startNodeCheck],
  ['node kinds', unknownKindCheck],
  ['settings', settingsCheck],
  ['edge ends', edgeEndpointsCheck],
  ['edge outcomes', edgeOutcomesCheck],
  ['missing outcome edges', missingOutcomeEdgesCheck],
  ['reachability', reachabilityCheck],
  ['loops', cyclesCheck],
  ['fields', fieldsCheck],
  ['conversation tests', testsCheck],
];

/**
 * Everything wrong with a bot document, for the studio's badges, the API's 422 and
 * the CLI. Migrates and parses `doc` first (a document that does not parse is
 * reported as such, and nothing else is checked); then runs every check and
 * returns all they find. Problems about the bot as a whole come first, then each
 * flow's in document order; the same input always gives the same list. Never
 * throws: a fault inside Parley becomes an `internal-error` problem.
 *
 * @param catalog the node kinds (libs/nodes' catalog), passed in so that this
 *   library depends on nothing of Parley's.
 * @param options `locale` picks the language of the messages: English (`'en'`,
 *   the default) or Simplified Chinese (`'zh-CN'`). Codes, paths and ids are the
 *   same in both. Problems found while parsing the document are always in English.
 * @example
 * const problems = validateBot(JSON.parse(text), nodeCatalog);
 * const publishable = problems.every((problem) => problem.severity !== 'error');
 * // In the Chinese studio:
 * const shown = validateBot(doc, nodeCatalog, { locale: 'zh-CN' });
 */
export function validateBot(
  doc: unknown,
  catalog: NodeCatalogContract,
  options: ValidateBotOptions = {},
): Problem[] {
  let messages: ValidationMessages = messagesForLocale(undefined);
  try {
    messages = messagesForLocale(options.locale);
    const parsed = parseBotDocument(doc);
    if (!parsed.ok) return parsed.problems;
    const context = analyseDocument(parsed.doc, catalog, messages);
    const problems = [...context.analysisProblems];
    for (const [name, check] of checks) run(name, check, context, problems);
    const found = new Set(problems.map(placeOf));
    // Kind checks may repeat what a field rule found (a jump to an unknown flow); keep one.
    const kindProblems: Problem[] = [];
    run('kind rules', kindRulesCheck, context, kindProblems);
    for (const problem of kindProblems) if (!found.has(placeOf(problem))) problems.push(problem);
    return inDocumentOrder(problems);
  } catch (error) {
    return [internalError(messages.validationStopped(errorReason(error)))];
  }
}

function run(
  name: CheckName,
  check: ValidationCheck,
  context: ValidationContext,
  into: Problem[],
): void {
  try {
    // A loop, not push(...): a huge bot can have more problems than a call takes arguments.
    for (const problem of check(context)) into.push(problem);
  } catch (error) {
    into.push(internalError(context.messages.checkFailed(name, errorReason(error))));
  }
}

/** The same code at the same place. */
function placeOf(problem: Problem): string {
  return JSON.stringify([
    problem.code,
    problem.flowId,
    problem.nodeId,
    problem.edgeId,
    problem.path,
  ]);
}

/** Bot-level problems first, then by flow; the sort is stable, so check order holds within. */
function inDocumentOrder(problems: Problem[]): Problem[] {
  const flowIndex = (problem: Problem): number =>
    problem.path[0] === 'flows' && typeof problem.path[1] === 'number' ? problem.path[1] : -1;
  return problems.sort((a, b) => flowIndex(a) - flowIndex(b));
}

function internalError(message: string): Problem {
  return makeProblem('internal-error', message, { path: [] });
}
