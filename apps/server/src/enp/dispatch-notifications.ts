import type { Database, EnpCaseChange, Tx } from '@oryndau/db';
import {
  claimEnpCaseChanges, enqueueMessage, findCourt, findCourtCase, insertEnpUnsubscribeToken, listEnpParticipantDocuments, listEnpRecipients,
  markEnpCaseChangeDispatched,
} from '@oryndau/db';
import { courts, enp } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { LocalizedText } from '@oryndau/kz';
import { hashEnpToken, newEnpToken } from './enp-credentials';

export type NotifyDeps = { db: Database; clock: Clock; publicOrigin: string; portalUrl: string };

/** Course events that are told by their own notice (the act, the documents) or mean nothing to a participant on their own. */
const COURSE_TOLD_ELSEWHERE = new Set(['act_signed', 'act_published', 'documents_added']);

const PREFERENCE_OF = { act: 'acts', document: 'documents', course: 'course' } as const;

const SYSTEM_ACTOR = { userId: null, iin: null, role: 'system', requestId: null };

const dayIn = (timeZone: string, at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** What the notice names and its date — or null when this participant may not see it (the matrix, a block: the case query decides). */
async function whatFor(tx: Tx, change: EnpCaseChange, category: courts.ParticipantCategory, timeZone: string)
  : Promise<{ what: LocalizedText; date: string } | null> {
  if (change.kind === 'course') {
    const kind = change.subject as courts.CaseEventKind;
    const what = courts.CASE_EVENT_TEXTS[kind];
    return what ? { what, date: dayIn(timeZone, change.occurredAt) } : null;
  }
  const [row] = await listEnpParticipantDocuments(tx, change.caseId, category, change.subject);
  return row ? { what: row.title, date: row.localDate } : null;
}

/**
 * ENP-8: turns the recorded changes of cases into e-mails (through the
 * outbox, in the transaction that marks the change dispatched) to every
 * participant with a live ЭНП access who may see it — a new act or
 * document only when the participant's own case query (matrix + blocks)
 * shows it — and who wants that kind. Each e-mail, in kk and ru, carries a
 * fresh one-click unsubscribe link (only its hash is kept) with the
 * `List-Unsubscribe` / `List-Unsubscribe-Post` headers of RFC 8058.
 * Safe with several workers (the changes are claimed with SKIP LOCKED).
 */
export async function dispatchEnpNotifications(deps: NotifyDeps, limit = 50): Promise<{ changes: number; emails: number }> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const changes = await claimEnpCaseChanges(tx, limit);
    let emails = 0;
    for (const change of changes) {
      await markEnpCaseChangeDispatched(tx, change.id, now);
      if (change.kind === 'course' && COURSE_TOLD_ELSEWHERE.has(change.subject)) continue;
      const courtCase = await findCourtCase(tx, change.caseId);
      const court = courtCase ? await findCourt(tx, courtCase.courtId) : null;
      if (!courtCase || !court) continue;
      let sent = 0;
      for (const recipient of await listEnpRecipients(tx, change.caseId)) {
        if (!recipient.preferences[PREFERENCE_OF[change.kind]]) continue;
        const shown = await whatFor(tx, change, recipient.category, court.timeZone);
        if (!shown) continue;
        const token = newEnpToken();
        await insertEnpUnsubscribeToken(tx, { tokenHash: hashEnpToken(token), caseId: change.caseId, iin: recipient.iin, at: now });
        const unsubscribeUrl = `${deps.publicOrigin}/api/enp/unsubscribe/${token}`;
        // The participant's language is not recorded with an office-issued access: Kazakh first, as the state language.
        const mail = enp.enpChangeEmail({ language: 'kk', kind: change.kind, caseNumber: courtCase.number, what: shown.what, date: shown.date,
          portalUrl: deps.portalUrl, unsubscribeUrl });
        await enqueueMessage(tx, { channel: 'email', recipient: recipient.email, subject: mail.subject, body: mail.text,
          payload: { headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } }, now);
        sent += 1;
      }
      emails += sent;
      if (sent > 0) {
        tx.journal({ at: now, actor: SYSTEM_ACTOR, action: 'enp.notifications_queued', objectType: 'court_case', objectId: change.caseId,
          details: { kind: change.kind, subject: change.subject, emails: sent } });
      }
    }
    return { changes: changes.length, emails };
  });
}
