import { z } from 'zod';
import { localeSchema } from '@parley/flow';

export const knowledgeSearchInputSchema = z.object({
  query: z.string(),
  locale: localeSchema,
  limit: z.number().int().min(1).max(50),
  minScore: z.number().min(0).max(1),
});
export type KnowledgeSearchInput = z.infer<typeof knowledgeSearchInputSchema>;

export const knowledgePassageSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: z.string().optional(),
  score: z.number(),
});
export type KnowledgePassage = z.infer<typeof knowledgePassageSchema>;

export const knowledgeSearchResultSchema = z.object({ passages: z.array(knowledgePassageSchema) });
export type KnowledgeSearchResult = z.infer<typeof knowledgeSearchResultSchema>;

/** The bot's knowledge base. */
export interface KnowledgePort {
  search(input: KnowledgeSearchInput): Promise<KnowledgeSearchResult>;
}
