import { DomainError, ErrorCode, can } from '@oryndau/domain';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../app';
import { requireSubject } from '../http/session';
import { errorResponses } from '../http/schemas';

type Row = {
  id: string; channel: 'sms' | 'email'; recipient: string; subject: string | null; body: string; attempts: number;
  created_at: Date; sent_at: Date | null; failed_at: Date | null;
};

/** Dev mode: every SMS and e-mail the system "sent", from the outbox. */
export function registerDevMessageRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/dev/messages', {
    schema: {
      tags: ['dev'],
      summary: 'Outgoing SMS and e-mail (dev mode)',
      response: {
        200: z.object({
          messages: z.array(z.object({
            id: z.string(), channel: z.enum(['sms', 'email']), recipient: z.string(), subject: z.string().nullable(),
            body: z.string(), status: z.enum(['pending', 'sent', 'failed']), attempts: z.number().int(),
            createdAt: z.string(), sentAt: z.string().nullable(),
          })),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    if (!deps.config.devMode) throw new DomainError(ErrorCode.notFound);
    const subject = requireSubject(request);
    if (!can(subject, 'messages.read', { devMode: deps.config.devMode })) throw new DomainError(ErrorCode.forbidden);
    const rows = await deps.db.query<Row>(
      `SELECT id, channel, recipient, subject, body, attempts, created_at, sent_at, failed_at FROM outbox
        WHERE channel IN ('sms', 'email') ORDER BY created_at DESC LIMIT 200`);
    return {
      messages: rows.rows.map((r) => ({
        id: r.id, channel: r.channel, recipient: r.recipient, subject: r.subject, body: r.body, attempts: r.attempts,
        status: r.sent_at ? 'sent' as const : r.failed_at ? 'failed' as const : 'pending' as const,
        createdAt: new Date(r.created_at).toISOString(), sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
      })),
    };
  });
}
