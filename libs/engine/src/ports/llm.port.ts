import { z } from 'zod';
import { jsonSchema } from '../json';

export const llmMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type LlmMessage = z.infer<typeof llmMessageSchema>;

export const llmCompleteInputSchema = z.object({
  messages: z.array(llmMessageSchema).min(1),
  model: z.string().optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().optional(),
  /** Ask for JSON output matching this JSON Schema (extract/classify modes). */
  jsonSchema: z.record(z.string(), jsonSchema).optional(),
  timeoutMs: z.number().int().positive(),
});
export type LlmCompleteInput = z.infer<typeof llmCompleteInputSchema>;

export const llmCompletionSchema = z.object({
  text: z.string(),
  /** The parsed reply when `jsonSchema` was given and the reply was valid JSON. */
  json: jsonSchema.optional(),
  finishReason: z.enum(['stop', 'length', 'content-filter', 'error']),
});
export type LlmCompletion = z.infer<typeof llmCompletionSchema>;

/** An OpenAI-compatible chat model, configured by the host. */
export interface LlmPort {
  complete(input: LlmCompleteInput): Promise<LlmCompletion>;
}
