import type { CourtWritsView } from '@oryndau/contracts';
import type { Database } from '@oryndau/db';
import { findCourtCase, findUserById, listCaseParticipants, listCourtActsOfCase, listCourtWritsOfCase, listWritStatuses } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts, distribution } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { WRIT_ACT_COPY_TITLE, WRIT_CARD_TITLE } from './prepare-writ';
import { openSlot } from './writ-signing-hook';

/**
 * FILE-16, §57–58: the writs of a case with every status in the order it
 * arrived — for the court's staff, and for the case's participants (a
 * citizen follows the execution of their own case). Another court's case,
 * or a case one is no party to, is answered as missing (404).
 */
export async function courtWritsView(db: Database, subject: Subject, caseId: string): Promise<CourtWritsView> {
  const courtCase = await findCourtCase(db, caseId);
  if (!courtCase) throw new DomainError(ErrorCode.notFound);
  const participants = await listCaseParticipants(db, courtCase.id);
  const participantIinBins = participants.flatMap((p) => (p.iinBin === null ? [] : [p.iinBin]));
  if (!can(subject, 'courts.writ.read', { courtId: courtCase.courtId, participantIinBins })) throw new DomainError(ErrorCode.notFound);
  const [writs, acts] = await Promise.all([listCourtWritsOfCase(db, courtCase.id), listCourtActsOfCase(db, courtCase.id)]);
  const history = await listWritStatuses(db, writs.map((w) => w.id));
  const names = new Map<string, string>();
  for (const id of new Set(writs.flatMap((w) => [w.judgeUserId, w.secretaryUserId]))) names.set(id, (await findUserById(db, id))?.fullName ?? '');
  const actTitle = new Map(acts.map((a) => [a.id, a.title]));
  const mayPrepare = can(subject, 'courts.writ.prepare', { courtId: courtCase.courtId });
  const live = new Set(writs.filter((w) => w.status !== 'refused').map((w) => w.actId));
  const executable = (a: (typeof acts)[number]) => {
    try {
      courts.assertActExecutable(a);
      return true;
    } catch {
      return false;
    }
  };
  return {
    writs: writs.map((w) => ({
      id: w.id, number: w.number, version: w.version, status: w.status, statusName: courts.WRIT_STATUS_TEXTS[w.status],
      act: { id: w.actId, title: actTitle.get(w.actId) ?? { kk: '', ru: '' } },
      category: w.category, categoryName: courts.writCategoryName(w.category), addressee: w.addressee,
      addresseeName: courts.WRIT_ADDRESSEE_TEXTS[w.addressee], amount: courts.minorToDecimal(w.amountMinor), currency: w.currency,
      claimEssence: w.claimEssence, issueDate: w.issueDate, entryIntoForceDate: w.entryIntoForceDate, claimants: w.claimants, debtors: w.debtors,
      judge: { userId: w.judgeUserId, fullName: names.get(w.judgeUserId) ?? '' },
      secretary: { userId: w.secretaryUserId, fullName: names.get(w.secretaryUserId) ?? '' },
      signatures: { judge: w.judgeSignatureId !== null, secretary: w.secretarySignatureId !== null, actCopy: w.actCopySignatureId !== null },
      cardDocumentId: w.cardDocumentId, actCopyDocumentId: w.actCopyDocumentId,
      sentAt: w.sentAt?.toISOString() ?? null, registrationNumber: w.registrationNumber, registrationDate: w.registrationDate,
      history: history.filter((h) => h.writId === w.id).map((h) => ({
        position: h.position, status: h.status, statusName: courts.WRIT_STATUS_TEXTS[h.status], at: h.at.toISOString(),
        receivedAt: h.receivedAt.toISOString(), registrationNumber: h.registrationNumber, registrationDate: h.registrationDate, reason: h.reason,
        bailiffName: h.bailiffName,
      })),
      mySigningTasks: [
        ...(openSlot(subject, w, 'card') ? [{ part: 'card' as const, documentId: w.cardDocumentId, title: WRIT_CARD_TITLE }] : []),
        ...(openSlot(subject, w, 'act_copy') ? [{ part: 'act_copy' as const, documentId: w.actCopyDocumentId, title: WRIT_ACT_COPY_TITLE }] : []),
      ],
    })),
    mayPrepare,
    preparableActs: mayPrepare
      ? acts.filter((a) => executable(a) && !live.has(a.id)).map((a) => ({ id: a.id, title: a.title, immediateExecution: a.immediateExecution }))
      : [],
    categories: distribution.DEFAULT_RULES.rules.map((r) => {
      const addressee = courts.writAddressee(r.category);
      return { code: r.category, name: r.categoryName, addressee, addresseeName: courts.WRIT_ADDRESSEE_TEXTS[addressee] };
    }),
    participants: mayPrepare ? participants.flatMap((p) => {
      const role = courts.WRIT_CLAIMANT_CATEGORIES.includes(p.category) ? 'claimant' as const
        : courts.WRIT_DEBTOR_CATEGORIES.includes(p.category) ? 'debtor' as const : null;
      return role && p.iinBin !== null ? [{ id: p.id, name: p.name, role }] : [];
    }) : [],
  };
}
