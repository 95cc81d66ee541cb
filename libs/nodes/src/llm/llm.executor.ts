import {
  defineExecutor,
  llmCompletionSchema,
  type LlmCompleteInput,
  type LlmCompletion,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import { classifyInstructions, matchLabel } from '../shared/llm-classify';
import { extractJsonSchema, parseExtraction } from '../shared/llm-extract';
import {
  buildLlmMessages,
  renderOptional,
  transcriptText,
  type LlmPromptParts,
} from '../shared/llm-prompt';
import { callPort, portFailure } from '../shared/port-call';
import { turnText } from '../shared/turn-text';
import { llmSettingsSchema, type LlmSettings } from './llm.schema';

type LlmContext = NodeContext<LlmSettings>;

/**
 * Prompts the bot's LLM. The messages are the bot's persona and the node's `system`
 * instructions, the recent history (`includeHistory`), then the rendered prompt; all
 * pass `redactForLlm` when the bot redacts personal data.
 *
 * - `reply`: says the answer, stores it in `outputVariable` → `next`;
 * - `extract`: asks for JSON matching the fields, checks it, stores each field's
 *   variable → `next`; invalid JSON or a missing required field → `error`;
 * - `classify`: the label the model names (exact, then case-insensitive) → that
 *   label's outcome; anything else → `fallback`;
 * - `summarise`: summarises the conversation into `outputVariable` → `next`.
 *
 * A failed call (not configured, timeout, unavailable) or a filtered reply → `error`.
 */
export const llmExecutor = defineExecutor(llmSettingsSchema, {
  run: async (ctx) => {
    const settings = ctx.settings;
    const parts = await promptParts(ctx);
    const input: LlmCompleteInput = {
      messages: buildLlmMessages(ctx, parts),
      temperature: settings.temperature,
      maxTokens: settings.maxTokens,
      timeoutMs: settings.timeoutSeconds * 1000,
    };
    if (settings.model !== undefined) input.model = settings.model;
    if (settings.mode === 'extract') input.jsonSchema = extractJsonSchema(settings.fields);
    const call = await callPort('llm', input.timeoutMs, llmCompletionSchema, () =>
      ctx.ports.llm.complete(input),
    );
    if (!call.ok) return portFailure(call.error, 'LLM provider');
    const completion = call.value;
    if (completion.finishReason === 'content-filter' || completion.finishReason === 'error') {
      return {
        type: 'error',
        reason: `The LLM did not answer (finish reason: ${completion.finishReason})`,
      };
    }
    if (completion.finishReason === 'length')
      ctx.note(`The reply was cut at maxTokens (${settings.maxTokens})`);
    return finish(ctx, completion);
  },
});

/** The system instructions and prompt for the node's mode. */
async function promptParts(ctx: LlmContext): Promise<LlmPromptParts> {
  const { mode, includeHistory } = ctx.settings;
  const prompt = await ctx.render(ctx.settings.prompt);
  const system = await renderOptional(ctx, ctx.settings.system);
  const said = turnText(ctx.event);
  const quoted =
    said !== undefined && said.trim() !== '' && prompt.includes(said) ? said : undefined;
  switch (mode) {
    case 'reply':
      return { system, includeHistory, prompt, quoted };
    case 'extract':
      return {
        system: joinLines(
          system,
          'Extract the requested fields. Reply with one JSON object only, no prose.',
        ),
        includeHistory,
        prompt,
        quoted,
      };
    case 'classify':
      return {
        system: joinLines(system, classifyInstructions(ctx.settings.labels)),
        includeHistory,
        prompt,
        quoted,
      };
    case 'summarise':
      // The conversation is the material here, so it goes in as a transcript, not as turns.
      return {
        system: joinLines(system, 'Write a short, factual summary of the conversation below.'),
        includeHistory: false,
        prompt: `${prompt}\n\nConversation:\n${transcriptText(ctx.history)}`,
      };
  }
}

function finish(ctx: LlmContext, completion: LlmCompletion): NodeResult {
  const settings = ctx.settings;
  const text = completion.text.trim();
  switch (settings.mode) {
    case 'reply':
      if (text === '') return { type: 'error', reason: 'The LLM gave an empty reply' };
      ctx.say({ type: 'text', text });
      return storeText(ctx, text);
    case 'summarise':
      if (text === '') return { type: 'error', reason: 'The LLM gave an empty summary' };
      return storeText(ctx, text);
    case 'extract': {
      const extraction = parseExtraction(settings.fields, completion.text, completion.json);
      if (!extraction.ok) return { type: 'error', reason: extraction.reason };
      for (const { field, value } of extraction.values) ctx.setVar(field.variable, value);
      return { type: 'outcome', outcome: 'next' };
    }
    case 'classify': {
      const label = matchLabel(settings.labels, completion.text, completion.json);
      if (label === undefined)
        ctx.note(`The reply names no label: ${JSON.stringify(text.slice(0, 200))}`);
      return { type: 'outcome', outcome: label ?? 'fallback' };
    }
  }
}

function storeText(ctx: LlmContext, text: string): NodeResult {
  if (ctx.settings.outputVariable !== undefined) ctx.setVar(ctx.settings.outputVariable, text);
  return { type: 'outcome', outcome: 'next' };
}

function joinLines(first: string | undefined, second: string): string {
  return first === undefined || first.trim() === '' ? second : `${first}\n\n${second}`;
}
