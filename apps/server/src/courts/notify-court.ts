import type { CourtRecord, Sql } from '@oryndau/db';
import { enqueueMessage, findUserContact, listCaseJudges } from '@oryndau/db';

// FILE-8, X-4: the court learns that a party sent more documents to a case —
// by e-mail through the outbox (delivered after commit, retried): the court
// office's mailbox (courts.email) in both languages, the case's current
// judges each in their own. On the court's side the case page lists the
// documents and the course its «Қосымша құжаттар келіп түсті» entry.

type Supplements = { caseId: string; caseNumber: string; filingNumber: string; titles: readonly string[]; court: CourtRecord };

const TEXTS = {
  kk: {
    subject: (s: Supplements) => `№ ${s.caseNumber} іс бойынша қосымша құжаттар келіп түсті`,
    body: (s: Supplements) => `${s.court.name.kk}: № ${s.caseNumber} іс бойынша № ${s.filingNumber} өтініш берушіден ЭЦҚ-мен қол қойылған`
      + ` ${s.titles.length} қосымша құжат келіп түсті: ${s.titles.map((t) => `«${t}»`).join(', ')}. Құжаттар істің карточкасында.`,
  },
  ru: {
    subject: (s: Supplements) => `Поступили дополнительные документы по делу № ${s.caseNumber}`,
    body: (s: Supplements) => `${s.court.name.ru}: по делу № ${s.caseNumber} от заявителя по обращению № ${s.filingNumber} поступили`
      + ` подписанные ЭЦП дополнительные документы (${s.titles.length}): ${s.titles.map((t) => `«${t}»`).join(', ')}. Документы — в карточке дела.`,
  },
} as const;

/** Queues the e-mails in the caller's transaction; answers who was written to (no address: the case page only). */
export async function notifyCourtOfSupplements(tx: Sql, supplements: Supplements, now: Date): Promise<{ office: boolean; judges: number }> {
  let office = false;
  if (supplements.court.email) {
    await enqueueMessage(tx, {
      channel: 'email', recipient: supplements.court.email,
      subject: `${TEXTS.kk.subject(supplements)} / ${TEXTS.ru.subject(supplements)}`,
      body: `${TEXTS.kk.body(supplements)}\n\n${TEXTS.ru.body(supplements)}`,
    }, now);
    office = true;
  }
  let judges = 0;
  for (const judge of (await listCaseJudges(tx, supplements.caseId)).filter((j) => j.releasedAt === null)) {
    const contact = await findUserContact(tx, judge.userId);
    if (!contact?.email) continue;
    const texts = TEXTS[contact.locale];
    await enqueueMessage(tx, { channel: 'email', recipient: contact.email, subject: texts.subject(supplements), body: texts.body(supplements) }, now);
    judges += 1;
  }
  return { office, judges };
}
