import { z } from 'zod';

// Dev-mode helpers (routes/dev-messages.ts): what the system "sent".

export const outgoingMessageSchema = z.object({
  id: z.string(), channel: z.enum(['sms', 'email']), recipient: z.string(), subject: z.string().nullable(),
  body: z.string(), status: z.enum(['pending', 'sent', 'failed']), attempts: z.number().int(),
  createdAt: z.string(), sentAt: z.string().nullable(),
});
/** GET /api/dev/messages */
export const devMessagesResponse = z.object({ messages: z.array(outgoingMessageSchema) });

export type OutgoingMessage = z.infer<typeof outgoingMessageSchema>;
