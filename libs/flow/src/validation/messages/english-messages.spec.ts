import { brokenBots } from '../../testing/broken-bots';
import { validateBot } from '../validate-bot';

/**
 * The English messages of every broken bot, exactly as the validator wrote them
 * before it had a message catalogue: the API, the CLI and their specs compare them,
 * so the English catalogue must not change a character.
 */
const expected: Readonly<Record<string, readonly string[]>> = {
  duplicates: [
    'The variable name "status" is used more than once in the bot (items 2 and 4); each must be unique.',
    'The intent name "track_order" is used more than once in the bot (items 1 and 3); each must be unique.',
    'The entity name "order_number" is used more than once in the bot (items 1 and 2); each must be unique.',
    'The test name "t" is used more than once in the bot (items 1 and 2); each must be unique.',
    'The node id "done" is used more than once in flow "lookup" (items 3 and 4); each must be unique.',
    'The edge id "start-next-set-status" is used more than once in flow "lookup" (items 1 and 3); each must be unique.',
    'The parameter name "order_id" is used more than once in flow "lookup" (items 1 and 2); each must be unique.',
    'The return name "status" is used more than once in flow "lookup" (items 1 and 2); each must be unique.',
    'Node "start" (start) in flow "lookup" has more than one edge leaving its outcome "next" (edges "start-next-set-status" and "start-next-set-status"); each outcome leads to one place. Delete one of them.',
    'Node "done" (end) in flow "lookup" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'The flow id "agent" is used more than once in the bot (items 3 and 4); each must be unique.',
  ],
  locales: [
    'The default language "fr" is not among the bot\'s languages ("en" and "zh-CN"); add it to the languages or pick one of them.',
    'The fallback message (settings.fallbackMessage) has a "zh" variant, but the bot\'s languages are "en" and "zh-CN".',
    'The example phrases of intent "track_order" has a "zh-TW" variant, but the bot\'s languages are "en" and "zh-CN".',
    'The synonyms of "red" in entity "colour" has a "de" variant, but the bot\'s languages are "en" and "zh-CN".',
    'Node "welcome" (message) in flow "main", field "Text" (text), has a "zh" variant, but the bot\'s languages are "en" and "zh-CN".',
    'Node "classify" (intent) in flow "main", field entities[0].entity: the entity "order_number" is neither declared nor a system entity (number, date, email, phone, money, order_code).',
  ],
  'starts and kinds': [
    'Node "mystery" in flow "main" is of kind "teleport", which this version of Parley does not have (known kinds: ask, condition, end, intent, jump, message, set, start, subflow).',
    'Node "mystery" (teleport) in flow "main" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'The flow "lookup" has 2 start nodes ("start" and "second-start"); a flow has exactly one. Remove node "second-start" or turn it into another kind of node.',
    'Node "second-start" (start) in flow "lookup" has no edge for its outcome "next": connect it to the step that should follow.',
    'The flow "agent" has no start node, so a conversation cannot enter it. Add a start node and connect it to the first step.',
    'Edge "start-next-handing-over" starts at node "start", which does not exist in flow "agent".',
  ],
  settings: [
    'Node "ask-order" (ask) in flow "main", field question: Invalid input: expected string or object.',
    'Node "ask-order" (ask) in flow "main", field timeoutSeconds: Too small: expected number to be >=5.',
    'Node "bye" (end) in flow "main", field ends: Invalid option: expected one of "conversation"|"flow".',
  ],
  edges: [
    'Edge "e-ghost" starts at node "ghost", which does not exist in flow "main".',
    'Edge "e-nowhere" leads to node "n99", which does not exist in flow "main".',
    'Node "sorry" (message) in flow "main" has more than one edge leaving its outcome "next" (edges "sorry-next-bye" and "e-nowhere"); each outcome leads to one place. Delete one of them.',
    'Edge "e-refund" leaves node "classify" (intent) in flow "main" by the outcome "refund", which that node does not have (its outcomes are "track_order", "talk_to_agent" and "fallback"). Reconnect or delete the edge.',
    'Edge "e-after-end" leaves node "bye" (end) in flow "main" by the outcome "next", which that node does not have (it has no outcomes). Reconnect or delete the edge.',
    'Node "ask-order" (ask) in flow "main" has no edge for its outcome "next": connect it to the step that should follow.',
    'Node "check" (condition) in flow "main" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'Node "call-lookup" (subflow) in flow "main" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'Node "report" (message) in flow "main" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'Node "orphan" (message) in flow "agent" has no edge for its outcome "next": connect it to the step that should follow.',
    'Node "orphan" (message) in flow "agent" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
  ],
  loops: [
    'Nodes "check" (condition), "call-lookup" (subflow), "report" (message) in flow "main" form a loop without ever waiting for the customer, so a conversation would go round until the step limit stops it. Put a node that waits (such as a question) in the loop, or break it.',
    'Node "done" (end) in flow "lookup" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'Node "set-status" (set) in flow "lookup" leads back to itself without ever waiting for the customer, so a conversation would go round until the step limit stops it. Put a node that waits (such as a question) in the loop, or break it.',
    'Node "end" (end) in flow "agent" cannot be reached from the flow\'s start node, so it never runs. Connect an edge to it or delete it.',
    'Nodes "a" (message), "b" (message), "c" (message), "d" (message), "e" (message), "f" (message) and 2 more in flow "agent" form a loop without ever waiting for the customer, so a conversation would go round until the step limit stops it. Put a node that waits (such as a question) in the loop, or break it.',
  ],
  fields: [
    'Edge "classify-talk_to_agent-to-agent" leaves node "classify" (intent) in flow "main" by the outcome "talk_to_agent", which that node does not have (its outcomes are "track_order", "cancel_order" and "fallback"). Reconnect or delete the edge.',
    'Node "classify" (intent) in flow "main" has no edge for its outcome "cancel_order": connect it to the step that should follow.',
    'Node "welcome" (message) in flow "main", field "Text" (text.en): the text does not read as a template. The "{{" at character 4 is never closed with "}}".',
    'Node "classify" (intent) in flow "main", field "Intents" (intents[1]): the intent "cancel_order" is not declared. Add it under Intents, or pick an existing one.',
    'Node "classify" (intent) in flow "main", field entities[0].entity: the entity "colour" is neither declared nor a system entity (number, date, email, phone, money, order_code).',
    'Node "call-lookup" (subflow) in flow "main", field "Flow" (flowId): there is no flow with the id "nowhere".',
    'Node "report" (message) in flow "main", field "Text" (text): it reads vars.order, but no variable "order" is declared (nor is it a parameter or return value of flow "main").',
    'Node "to-agent" (jump) in flow "main", field "Flow" (flowId): there is no flow with the id "elsewhere".',
    'Node "set-status" (set) in flow "lookup", field "Value" (assignments[0].value): the expression does not parse: Unexpected end of expression (at character 11).',
    'Node "set-status" (set) in flow "lookup", field "Variable" (assignments[1].variable): variable "nope" is not declared (nor is it a parameter or return value of flow "lookup"). Declare it under Variables, or pick an existing one.',
    'Node "set-status" (set) in flow "lookup", field "Value" (assignments[1].value): it reads vars.missing, but no variable "missing" is declared (nor is it a parameter or return value of flow "lookup").',
  ],
  'conversation tests': [
    'Test "stale": the bot speaks en, zh-CN, not "fr".',
    'Test "stale": the bot declares no variable "ghost".',
    'Test "stale": the bot has no node "nowhere".',
    'Test "stale": the bot declares no variable "phantom".',
  ],
  'kind rules': [
    'Node "bye" (end) in flow "main", field ends: ends must be "flow" here.',
    'Node "bye" (end) in flow "main": this end is never used.',
    'Node "done" (end) in flow "lookup", field ends: ends must be "flow" here.',
    'Node "done" (end) in flow "lookup": this end is never used.',
    'Node "end" (end) in flow "agent", field ends: ends must be "flow" here.',
    'Node "end" (end) in flow "agent": this end is never used.',
  ],
  'failing kinds': [
    'Parley could not check node "welcome" (message) in flow "main": the kind\'s outcomes() failed (outcomes exploded). This is a fault in Parley, not in the bot.',
    'Parley could not check node "report" (message) in flow "main": the kind\'s outcomes() failed (outcomes exploded). This is a fault in Parley, not in the bot.',
    'Parley could not check node "sorry" (message) in flow "main": the kind\'s outcomes() failed (outcomes exploded). This is a fault in Parley, not in the bot.',
    'Parley could not check node "to-agent" (jump) in flow "main": the kind\'s check() failed (check exploded). This is a fault in Parley, not in the bot.',
    'Parley could not check node "handing-over" (message) in flow "agent": the kind\'s outcomes() failed (outcomes exploded). This is a fault in Parley, not in the bot.',
  ],
  'failing check': [
    'Parley could not finish checking this bot (the node kinds check failed: the catalog exploded). This is a fault in Parley, not in the bot.',
  ],
  'failing catalog': [
    'Parley could not finish checking this bot (validation stopped: the catalog exploded). This is a fault in Parley, not in the bot.',
  ],
};

describe('englishMessages', () => {
  it.each(brokenBots.map((bot) => [bot.name, bot] as const))(
    'words the problems of the %s bot as they always were, with and without a locale',
    (name, bot) => {
      const messages = validateBot(bot.doc, bot.catalog).map((problem) => problem.message);
      expect(messages).toEqual(expected[name]);
      expect(validateBot(bot.doc, bot.catalog, { locale: 'en' })).toEqual(
        validateBot(bot.doc, bot.catalog),
      );
    },
  );
});
