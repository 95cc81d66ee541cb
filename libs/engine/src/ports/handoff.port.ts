import { z } from 'zod';
import { historyEntrySchema } from '../session-state';

export const handoffRequestSchema = z.object({
  queue: z.string(),
  priority: z.enum(['normal', 'high']),
  summary: z.string().optional(),
  transcript: z.array(historyEntrySchema),
});
export type HandoffRequest = z.infer<typeof handoffRequestSchema>;

export const handoffTicketSchema = z.object({
  accepted: z.boolean(),
  ticketId: z.string().optional(),
});
export type HandoffTicket = z.infer<typeof handoffTicketSchema>;

/** Queues a conversation for a human agent. */
export interface HandoffPort {
  request(input: HandoffRequest): Promise<HandoffTicket>;
}
