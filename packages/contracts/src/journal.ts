import { z } from 'zod';
import { iin, integer, isoDateTime, text } from './validation';

// The journal browser (routes/journal.ts, administrators).

/** GET /api/journal */
export const journalQuery = z.object({
  actor: iin.optional(),
  action: text(100).optional(),
  objectType: text(100).optional(),
  objectId: text(200).optional(),
  from: isoDateTime().optional(),
  to: isoDateTime().optional(),
  before: integer(1, Number.MAX_SAFE_INTEGER).optional(),
  limit: integer(1, 200).default(50),
});

export const journalEntrySchema = z.object({
  seq: z.number().int(), at: z.string(), actorIin: z.string().nullable(), actorName: z.string().nullable(),
  role: z.string().nullable(), action: z.string(), objectType: z.string(), objectId: z.string().nullable(),
  requestId: z.string().nullable(), details: z.unknown(), hash: z.string(),
});

export const journalResponse = z.object({ entries: z.array(journalEntrySchema), nextBefore: z.number().int().nullable() });

export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JournalPage = z.infer<typeof journalResponse>;
/** The query as the web sends it (the server coerces the numbers from the query string). */
export type JournalQuery = Omit<z.input<typeof journalQuery>, 'before' | 'limit'> & { before?: number; limit?: number };
