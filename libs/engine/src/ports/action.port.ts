import { z } from 'zod';
import { httpRequestSchema, type HttpResponse } from './lookup.port';

/** A write to company systems; the key makes a retried turn harmless. */
export const actionRequestSchema = httpRequestSchema.extend({ idempotencyKey: z.string().min(1) });
export type ActionRequest = z.infer<typeof actionRequestSchema>;

/** Writes company data. Never retried blindly: the host dedupes on `idempotencyKey`. */
export interface ActionPort {
  http(input: ActionRequest): Promise<HttpResponse>;
}
