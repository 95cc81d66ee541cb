import {
  defineExecutor,
  knowledgeSearchResultSchema,
  llmCompletionSchema,
  type KnowledgePassage,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import { errorReason } from '../shared/error-reason';
import { buildLlmMessages, llmTextFilter } from '../shared/llm-prompt';
import { callPort, portFailure } from '../shared/port-call';
import { turnText } from '../shared/turn-text';
import { knowledgeSettingsSchema, type KnowledgeSettings } from './knowledge.schema';

type KnowledgeContext = NodeContext<KnowledgeSettings>;

/** What the model answers when the passages do not hold the answer. */
export const KNOWLEDGE_NOT_FOUND = 'NOT_FOUND';

/** The answering call has no setting of its own; the llm node's default applies. */
const ANSWER_TIMEOUT_MS = 30_000;

/** The search takes no deadline; this only stops a stuck index. */
const SEARCH_TIMEOUT_MS = 10_000;

/**
 * Answers from the bot's knowledge base. The question is the `question` expression,
 * else what the customer said this turn. Passages scoring at least `minScore` (best
 * first, at most `maxPassages`) make it `answered`: `direct` says the best passage,
 * `llm` has the model answer from them (a model that finds no answer there makes it
 * `not_found`). The answer goes to `outputVariable`. No passage → `not_found`; a failed
 * search or model call → `error`.
 */
export const knowledgeExecutor = defineExecutor(knowledgeSettingsSchema, {
  run: async (ctx) => {
    const question = await resolveQuestion(ctx);
    if (typeof question !== 'string') return question;
    if (question.trim() === '') return { type: 'outcome', outcome: 'not_found' };
    const { maxPassages, minScore } = ctx.settings;
    const search = await callPort('knowledge', SEARCH_TIMEOUT_MS, knowledgeSearchResultSchema, () =>
      ctx.ports.knowledge.search({
        query: question,
        locale: ctx.locale,
        limit: maxPassages,
        minScore,
      }),
    );
    if (!search.ok) return portFailure(search.error, 'Knowledge search');
    const passages = search.value.passages
      .filter((passage) => passage.score >= minScore)
      .sort((a, b) => b.score - a.score)
      .slice(0, maxPassages);
    const best = passages[0];
    if (best === undefined) return { type: 'outcome', outcome: 'not_found' };
    if (ctx.settings.answerMode === 'direct') return answer(ctx, best.text);
    return answerWithLlm(ctx, question, passages);
  },
});

async function resolveQuestion(ctx: KnowledgeContext): Promise<string | NodeResult> {
  const expression = ctx.settings.question;
  if (expression === undefined) return ctx.input?.text ?? turnText(ctx.event) ?? '';
  try {
    const value = await ctx.evaluate(expression);
    if (value === null) return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch (error) {
    return { type: 'error', reason: `The question expression failed: ${errorReason(error)}` };
  }
}

async function answerWithLlm(
  ctx: KnowledgeContext,
  question: string,
  passages: readonly KnowledgePassage[],
): Promise<NodeResult> {
  const clean = llmTextFilter(ctx.botSettings);
  const context = passages
    .map((passage, index) => `[${index + 1}] ${clean(passage.text)}`)
    .join('\n\n');
  const messages = buildLlmMessages(ctx, {
    system: [
      "Answer the customer's question using only the passages below, in the customer's language.",
      `If they do not contain the answer, reply with exactly ${KNOWLEDGE_NOT_FOUND}.`,
      '',
      'Passages:',
      context,
    ].join('\n'),
    includeHistory: false,
    prompt: question,
  });
  const call = await callPort('llm', ANSWER_TIMEOUT_MS, llmCompletionSchema, () =>
    ctx.ports.llm.complete({ messages, timeoutMs: ANSWER_TIMEOUT_MS }),
  );
  if (!call.ok) return portFailure(call.error, 'LLM provider');
  const text = call.value.text.trim();
  if (call.value.finishReason === 'content-filter' || call.value.finishReason === 'error') {
    return {
      type: 'error',
      reason: `The LLM did not answer (finish reason: ${call.value.finishReason})`,
    };
  }
  if (text === '' || text.replace(/[.。\s]+$/u, '') === KNOWLEDGE_NOT_FOUND) {
    ctx.note('The model found no answer in the passages');
    return { type: 'outcome', outcome: 'not_found' };
  }
  return answer(ctx, text);
}

function answer(ctx: KnowledgeContext, text: string): NodeResult {
  ctx.say({ type: 'text', text });
  if (ctx.settings.outputVariable !== undefined) ctx.setVar(ctx.settings.outputVariable, text);
  return { type: 'outcome', outcome: 'answered' };
}
