import { DomainError, ErrorCode, can } from '@oryndau/domain';
import { formatDateTime } from '@oryndau/kz';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { createDocument } from '../signing/documents';
import { devMessagesResponse, errorResponses, sampleDocumentSchema } from '@oryndau/contracts';

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
      response: { 200: devMessagesResponse, ...errorResponses },
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

/**
 * Dev mode: a sample resolution for the signed-in user to try signing with
 * a demo key file, until the workspaces generate real acts.
 */
export function registerDevSampleDocumentRoute(app: ZodApp, deps: AppDeps): void {
  app.post('/api/dev/sample-document', {
    schema: {
      tags: ['dev'],
      summary: 'Create a sample document to sign (dev mode)',
      response: { 200: sampleDocumentSchema, ...errorResponses },
    },
  }, async (request) => {
    if (!deps.config.devMode) throw new DomainError(ErrorCode.notFound);
    const subject = requireSubject(request);
    const now = deps.clock.now();
    const title = { kk: 'Қаулы (үлгі)', ru: 'Постановление (образец)' };
    const text = [
      `${title.kk} / ${title.ru}`,
      `Күні / Дата: ${formatDateTime(now, 'kk', 'Asia/Almaty')}`,
      `Құрастырған / Составил: ${request.user?.fullName ?? ''} (${subject.iin})`,
      'Бұл құжат ЭЦҚ-ны сынап көруге арналған. / Документ для пробного подписания ЭЦП.',
    ].join('\n');
    const document = await deps.db.transaction(async (tx) => {
      const created = await createDocument(tx, { kind: 'sample', title, mediaType: 'text/plain; charset=utf-8',
        content: new TextEncoder().encode(text), createdBy: subject.id }, now);
      tx.journal({ at: now, actor: actorOf(request), action: 'document.create', objectType: 'document',
        objectId: created.id, details: { kind: 'sample' } });
      return created;
    });
    return { documentId: document.id, title, contentHash: document.contentHash };
  });
}
