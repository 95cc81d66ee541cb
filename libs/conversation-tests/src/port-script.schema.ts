import {
  handoffTicketSchema,
  httpResponseSchema,
  jsonSchema,
  knowledgeSearchResultSchema,
  llmCompletionSchema,
  nluClassificationSchema,
  nluSentimentSchema,
  tableRowsSchema,
} from '@parley/engine';
import { z } from 'zod';

/** A scripted failure: the port throws a `PortError` with this code. */
export const portFailureSchema = z
  .strictObject({
    error: z.enum(['timeout', 'unavailable', 'bad-response', 'not-configured']),
    message: z.string().optional(),
  })
  .meta({
    id: 'PortFailure',
    description: 'The call fails with this PortError code (the node takes its error path)',
  });
export type PortFailure = z.infer<typeof portFailureSchema>;

/**
 * One method's script: a reply, a failure, or a list of them answered call by call
 * (a call past the end of a list fails the test).
 */
function answers<T extends z.ZodType>(reply: T) {
  const one = z.union([portFailureSchema, reply]);
  return z.union([one, z.array(one).min(1)]);
}

// The engine's reply schemas, with defaults for the fields tests rarely care about.
const classificationReply = nluClassificationSchema.extend({
  confidence: z.number().min(0).max(1).default(1),
  ranking: nluClassificationSchema.shape.ranking.default([]),
  entities: nluClassificationSchema.shape.entities.default([]),
});
const completionReply = llmCompletionSchema.extend({
  finishReason: llmCompletionSchema.shape.finishReason.default('stop'),
});
const httpReply = httpResponseSchema.extend({ body: jsonSchema.default(null) });

/**
 * Scripted answers of the ports for one turn of a conversation test (or a whole
 * `parley chat --script` session), method by method. What is not scripted behaves
 * like an installation with nothing set up: NLU finds no intent, hand-off is
 * accepted, and `llm`, `knowledge`, `lookup`, `action` fail as not configured.
 *
 * @example
 * { lookup: { http: [{ status: 200, body: { status: 'shipped' } }, { error: 'timeout' }] } }
 */
export const portScriptSchema = z
  .strictObject({
    nlu: z
      .strictObject({
        classify: answers(classificationReply).optional(),
        sentiment: answers(nluSentimentSchema).optional(),
      })
      .optional(),
    llm: z.strictObject({ complete: answers(completionReply).optional() }).optional(),
    knowledge: z
      .strictObject({ search: answers(knowledgeSearchResultSchema).optional() })
      .optional(),
    lookup: z
      .strictObject({
        http: answers(httpReply).optional(),
        table: answers(tableRowsSchema).optional(),
      })
      .optional(),
    action: z.strictObject({ http: answers(httpReply).optional() }).optional(),
    handoff: z.strictObject({ request: answers(handoffTicketSchema).optional() }).optional(),
  })
  .meta({ id: 'PortScript', description: 'Scripted port answers, per port and method' });
export type PortScriptInput = z.infer<typeof portScriptSchema>;
