import type { BotDocumentInput } from '../document/bot-document.schema';
import type { FlowNode } from '../document/graph.schema';
import type { Problem, ProblemCode } from '../problem';
import type { ValidateBotOptions } from '../validation/messages/validation-messages';
import { validateBot } from '../validation/validate-bot';
import { sampleBot } from './sample-bot';
import { testCatalog } from './test-catalog';

/** Validates `sampleBot()` after `change` edits it; for specs of one check at a time. */
export function validateSample(
  change: (bot: BotDocumentInput) => void,
  options?: ValidateBotOptions,
): Problem[] {
  const bot = sampleBot();
  change(bot);
  return validateBot(bot, testCatalog, options);
}

/** The problems with one code. */
export function withCode(problems: readonly Problem[], code: ProblemCode): Problem[] {
  return problems.filter((problem) => problem.code === code);
}

/** The sample bot's flow at `index`; throws (failing the spec) when absent. */
export function flowAt(bot: BotDocumentInput, index: number): BotDocumentInput['flows'][number] {
  const flow = bot.flows[index];
  if (flow === undefined) throw new Error(`the sample bot has no flow ${index}`);
  return flow;
}

/** A node of a flow by id; throws (failing the spec) when absent. */
export function nodeById(bot: BotDocumentInput, flowIndex: number, id: string): FlowNode {
  const found = flowAt(bot, flowIndex).nodes.find((node) => node.id === id);
  if (found === undefined) throw new Error(`no node "${id}" in flow ${flowIndex}`);
  return found;
}
