import { z } from 'zod';
import { jsonSchema } from '../json';

/** An HTTP request to company systems; `secretName` names a stored credential the host injects. */
export const httpRequestSchema = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  secretName: z.string().optional(),
  body: z.string().optional(),
  timeoutMs: z.number().int().positive(),
});
export type HttpRequest = z.infer<typeof httpRequestSchema>;

export const httpResponseSchema = z.object({ status: z.number().int(), body: jsonSchema });
export type HttpResponse = z.infer<typeof httpResponseSchema>;

export const tableQuerySchema = z.object({
  table: z.string(),
  /** A JSONata predicate over each row, evaluated by the host with the same guardrails. */
  filter: z.string().optional(),
  sortBy: z.string().optional(),
  descending: z.boolean(),
  limit: z.number().int().min(1).max(100),
  /** The conversation's variables, for the filter to read. */
  vars: z.record(z.string(), jsonSchema),
});
export type TableQuery = z.infer<typeof tableQuerySchema>;

export const tableRowsSchema = z.object({ rows: z.array(jsonSchema) });
export type TableRows = z.infer<typeof tableRowsSchema>;

/** Reads company data: HTTP with stored credentials, or data-table rows. */
export interface LookupPort {
  http(input: HttpRequest): Promise<HttpResponse>;
  table(input: TableQuery): Promise<TableRows>;
}
