import { quoteShort } from '../../format-path';
import { asSentence, describeField, describeFlow, describeNode, listQuoted } from '../describe';
import type { FlowInfo, NodeInfo } from '../validation-context';
import type {
  DuplicateSubject,
  FieldAt,
  LocalizedSubject,
  TestReference,
  ValidationMessages,
} from './validation-messages';

/** Node ids named in a loop message before it says "and N more". */
export const MAX_NAMED_IN_LOOP = 6;

const duplicateSubjects: Readonly<Record<DuplicateSubject, string>> = {
  'flow-id': 'flow id',
  'node-id': 'node id',
  'edge-id': 'edge id',
  'variable-name': 'variable name',
  'intent-name': 'intent name',
  'entity-name': 'entity name',
  'test-name': 'test name',
  'parameter-name': 'parameter name',
  'return-name': 'return name',
};

const faultInParley = 'This is a fault in Parley, not in the bot.';

/** The validator's messages in English: the texts the API, the CLI and their specs know. */
export const englishMessages: ValidationMessages = {
  duplicate: (subject, key, flow, first, second) =>
    `The ${duplicateSubjects[subject]} ${quoteShort(key)} is used more than once in ` +
    `${flow === undefined ? 'the bot' : describeFlow(flow)} (items ${first} and ${second}); each must be unique.`,
  defaultLocaleNotListed: (locale, locales) =>
    `The default language ${quoteShort(locale)} is not among the bot's languages ` +
    `(${listQuoted(locales)}); add it to the languages or pick one of them.`,
  unknownLocaleVariant: (subject, locale, locales) =>
    `${localizedSubject(subject)} has a ${quoteShort(locale)} variant, but the bot's languages are ` +
    `${listQuoted(locales)}.`,
  missingStart: (flow) =>
    `The ${describeFlow(flow)} has no start node, so a conversation cannot enter it. ` +
    'Add a start node and connect it to the first step.',
  multipleStarts: (flow, ids, extraId) =>
    `The ${describeFlow(flow)} has ${ids.length} start nodes (${listQuoted(ids)}); a flow has exactly ` +
    `one. Remove node "${extraId}" or turn it into another kind of node.`,
  unknownNodeKind: (flow, node, known) =>
    `Node ${quoteShort(node.node.id)} in ${describeFlow(flow)} is of kind ${quoteShort(node.node.type)}, ` +
    `which this version of Parley does not have (known kinds: ${known.join(', ')}).`,
  invalidSettings: (flow, node, path, detail) => nodeSentence(flow, node, path, detail),
  edgeSourceMissing: (flow, edgeId, source) =>
    `Edge "${edgeId}" starts at node "${source}", which does not exist in flow "${flow.flow.id}".`,
  edgeTargetMissing: (flow, edgeId, target) =>
    `Edge "${edgeId}" leads to node "${target}", which does not exist in flow "${flow.flow.id}".`,
  unknownOutcome: (flow, source, edgeId, outcome, outcomes) => {
    const has =
      outcomes.length === 0 ? 'it has no outcomes' : `its outcomes are ${listQuoted(outcomes)}`;
    return (
      `Edge "${edgeId}" leaves ${describeNode(flow, source).replace(/^Node/, 'node')} by the outcome ` +
      `${quoteShort(outcome)}, which that node does not have (${has}). Reconnect or delete the edge.`
    );
  },
  duplicateOutcomeEdge: (flow, source, outcome, firstEdgeId, edgeId) =>
    `${describeNode(flow, source)} has more than one edge leaving its outcome ${quoteShort(outcome)} ` +
    `(edges "${firstEdgeId}" and "${edgeId}"); each outcome leads to one place. Delete one of them.`,
  missingOutcomeEdge: (flow, node, outcome) =>
    `${describeNode(flow, node)} has no edge for its outcome ${quoteShort(outcome)}: ` +
    'connect it to the step that should follow.',
  unreachableNode: (flow, node) =>
    `${describeNode(flow, node)} cannot be reached from the flow's start node, so it never runs. ` +
    'Connect an edge to it or delete it.',
  cycleWithoutInput: (flow, nodes, selfLoop) => {
    const named = nodes
      .slice(0, MAX_NAMED_IN_LOOP)
      .map(({ node }) => `"${node.id}" (${node.type})`);
    const more =
      nodes.length > MAX_NAMED_IN_LOOP ? ` and ${nodes.length - MAX_NAMED_IN_LOOP} more` : '';
    const loop = selfLoop
      ? `Node ${named.join('')} in ${describeFlow(flow)} leads back to itself`
      : `Nodes ${named.join(', ')}${more} in ${describeFlow(flow)} form a loop`;
    return (
      `${loop} without ever waiting for the customer, so a conversation would go round until the ` +
      'step limit stops it. Put a node that waits (such as a question) in the loop, or break it.'
    );
  },
  expressionSyntax: (field, detail, position) =>
    fieldMessage(
      field,
      `the expression does not parse: ${detail ?? 'syntax error'} (at character ${position ?? 1}).`,
    ),
  templateSyntax: (field, detail) =>
    fieldMessage(field, `the text does not read as a template. ${detail ?? 'Syntax error.'}`),
  undeclaredVariable: (field, name) =>
    fieldMessage(
      field,
      `variable ${quoteShort(name)} is not declared (nor is it a parameter or return value of ` +
        `${describeFlow(field.flow)}). Declare it under Variables, or pick an existing one.`,
    ),
  undeclaredRead: (field, name) =>
    fieldMessage(
      field,
      `it reads vars.${name}, but no variable ${quoteShort(name)} is declared (nor is it a parameter or ` +
        `return value of ${describeFlow(field.flow)}).`,
    ),
  unknownFlow: (field, name) =>
    fieldMessage(field, `there is no flow with the id ${quoteShort(name)}.`),
  unknownIntent: (field, name) =>
    fieldMessage(
      field,
      `the intent ${quoteShort(name)} is not declared. Add it under Intents, or pick an existing one.`,
    ),
  unknownEntity: (field, name, systemEntities) =>
    fieldMessage(
      field,
      `the entity ${quoteShort(name)} is neither declared nor a system entity (${systemEntities.join(', ')}).`,
    ),
  kindRule: (flow, node, path, detail) => nodeSentence(flow, node, path, detail),
  testReference,
  testProblem: (testName, reference) =>
    `${testName === undefined ? '' : `Test ${quoteShort(testName)}: `}${testReference(reference)}.`,
  kindFailed: (flowId, node, method, reason) =>
    `Parley could not check node "${node.id}" (${node.type}) in flow "${flowId}": the kind's ` +
    `${method}() failed (${reason}). ${faultInParley}`,
  checkFailed: (check, reason) =>
    `Parley could not finish checking this bot (the ${check} check failed: ${reason}). ${faultInParley}`,
  validationStopped: (reason) =>
    `Parley could not finish checking this bot (validation stopped: ${reason}). ${faultInParley}`,
};

function testReference(reference: TestReference): string {
  switch (reference.kind) {
    case 'variable':
      return `the bot declares no variable "${reference.name}"`;
    case 'node':
      return `the bot has no node "${reference.node}"`;
    case 'locale':
      return `the bot speaks ${reference.locales.join(', ')}, not "${reference.locale}"`;
  }
}

function localizedSubject(subject: LocalizedSubject): string {
  switch (subject.kind) {
    case 'fallback-message':
      return 'The fallback message (settings.fallbackMessage)';
    case 'intent-utterances':
      return `The example phrases of intent ${quoteShort(subject.intent)}`;
    case 'entity-synonyms':
      return `The synonyms of ${quoteShort(subject.value)} in entity ${quoteShort(subject.entity)}`;
    case 'template-field':
      return `${fieldPrefix(subject.field)},`;
  }
}

/** `Node "n3" (ask) in flow "main", field "Question" (question)`. */
function fieldPrefix({ flow, node, path, label }: FieldAt): string {
  return `${describeNode(flow, node)}, ${describeField(path, label?.en)}`;
}

function fieldMessage(field: FieldAt, detail: string): string {
  return `${fieldPrefix(field)}: ${detail}`;
}

/** A detail from outside (a zod issue, a kind's rule) on a node, and a field when there is one. */
function nodeSentence(
  flow: FlowInfo,
  node: NodeInfo,
  path: readonly (string | number)[],
  detail: string,
): string {
  const where = path.length > 0 ? `, ${describeField(path, undefined)}` : '';
  return asSentence(`${describeNode(flow, node)}${where}: ${detail}`);
}
