import type { Database } from '@oryndau/db';
import { findCourt, getCourtCaseDetails } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { JUDGE_CASE_ACTIONS } from '@oryndau/contracts';
import type { CourtCaseView } from '@oryndau/contracts';

type JudgeCaseAction = (typeof JUDGE_CASE_ACTIONS)[number];

/** The hearing time an event of the course carries (scheduled or held), if any. */
const hearingOf = (details: unknown): string | null => {
  const at = (details as { hearingAt?: unknown } | null)?.hearingAt;
  return typeof at === 'string' ? at : null;
};

/**
 * Issue 14 item 1: a case of the register as the court's own staff read it —
 * number, form, instance, category, court, registration date, judges,
 * participants by category, the dated course and the documents. Another
 * court's case is answered as missing (404).
 */
export async function courtCaseView(db: Database, subject: Subject, caseId: string): Promise<CourtCaseView> {
  const details = await getCourtCaseDetails(db, caseId);
  if (!details || !can(subject, 'courts.case.read', { courtId: details.courtCase.courtId })) throw new DomainError(ErrorCode.notFound);
  const { courtCase: k, court, judges, participants, events, documents } = details;
  const timeZone = (await findCourt(db, k.courtId))?.timeZone;
  // The buttons of «Іс барысы» / «Ход дела»: the transition table's actions the judge's route accepts, for a judge of the case only.
  const bench = { courtId: k.courtId, caseJudgeIds: judges.filter((j) => j.releasedAt === null).map((j) => j.userId) };
  const courseActions = can(subject, 'courts.case.move', bench)
    ? courts.allowedCaseActions(k.status).filter((a): a is JudgeCaseAction => (JUDGE_CASE_ACTIONS as readonly string[]).includes(a)) : [];
  const groups = courts.PARTICIPANT_CATEGORIES
    .map((category) => ({
      category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[category],
      people: participants.filter((p) => p.category === category).map((p) => ({ id: p.id, kind: p.kind, iinBin: p.iinBin, name: p.name })),
    }))
    .filter((g) => g.people.length > 0);
  return {
    id: k.id, number: k.number, version: k.version, form: k.form, formName: courts.CASE_FORM_TEXTS[k.form], instance: k.instance,
    instanceName: courts.INSTANCE_TEXTS[k.instance], category: k.category, status: k.status, statusName: courts.CASE_STATUS_TEXTS[k.status],
    court: { id: k.courtId, name: court }, registeredOn: k.registeredOn, previousCase: k.previousCaseId ? { id: k.previousCaseId } : null,
    filingId: k.filingId,
    judges: judges.map((j) => ({ userId: j.userId, fullName: j.fullName, role: j.role, assignedAt: j.assignedAt.toISOString(), reason: j.reason,
      current: j.releasedAt === null })),
    participants: groups,
    // Events of one moment (registered, then the judge assigned, in one transaction) in the course's own order.
    events: [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()
      || courts.CASE_EVENT_KINDS.indexOf(a.kind) - courts.CASE_EVENT_KINDS.indexOf(b.kind)).map((e) => ({ id: e.id, kind: e.kind, name: courts.CASE_EVENT_TEXTS[e.kind], occurredAt: e.occurredAt.toISOString(),
      localDate: e.localDate, hearingAt: hearingOf(e.details) })),
    timeZone, courseActions,
    documents: documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind, fileId: d.fileId, filingId: d.filingId,
      addedAt: d.addedAt.toISOString(), downloadUrl: `/api/court-cases/${k.id}/documents/${d.id}` })),
  };
}

/** The stored file of one of the case's documents, for its download (same access as the case). */
export async function courtCaseDocumentFile(db: Database, subject: Subject, caseId: string, documentId: string): Promise<{ fileId: string; title: string }> {
  const details = await getCourtCaseDetails(db, caseId);
  if (!details || !can(subject, 'courts.case.read', { courtId: details.courtCase.courtId })) throw new DomainError(ErrorCode.notFound);
  const document = details.documents.find((d) => d.id === documentId);
  if (!document) throw new DomainError(ErrorCode.notFound);
  return { fileId: document.fileId, title: document.title };
}
