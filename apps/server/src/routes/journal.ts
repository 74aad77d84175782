import { recordJournal, listJournal } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { errorResponses, journalQuery, journalResponse } from '@oryndau/contracts';

export function registerJournalRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  app.get('/api/journal', {
    schema: {
      tags: ['journal'],
      summary: 'Browse the journal, newest first (administrators)',
      querystring: journalQuery,
      response: { 200: journalResponse, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'journal.browse', undefined)) throw new DomainError(ErrorCode.forbidden);
    const q = request.query;
    const entries = await listJournal(db, {
      actorIin: q.actor, action: q.action, objectType: q.objectType, objectId: q.objectId,
      from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
      beforeSeq: q.before, limit: q.limit,
    });
    const iins = [...new Set(entries.map((e) => e.actorIin).filter((v): v is string => v !== null))];
    const names = new Map<string, string>();
    if (iins.length > 0) {
      const rows = await db.query<{ iin: string; full_name: string }>('SELECT iin, full_name FROM users WHERE iin = ANY($1)', [iins]);
      for (const row of rows.rows) names.set(row.iin, row.full_name);
    }
    // The journal names people: reading it is itself a view of personal data.
    await recordJournal(db, {
      at: clock.now(), actor: actorOf(request), action: 'journal.browse', objectType: 'journal', objectId: null,
      details: { filter: { ...q } },
    });
    return {
      entries: entries.map((e) => ({
        seq: e.seq, at: e.at.toISOString(), actorIin: e.actorIin, actorName: e.actorIin ? names.get(e.actorIin) ?? null : null,
        role: e.actorRole, action: e.action, objectType: e.objectType, objectId: e.objectId, requestId: e.requestId,
        details: e.details, hash: e.hash,
      })),
      nextBefore: entries.length === q.limit ? entries[entries.length - 1]!.seq : null,
    };
  });
}
