import type { Database } from '@oryndau/db';
import { findCourtCase, findRegisteredDuplicate, getFilingDetails } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { RegistrationCard } from '@oryndau/contracts';
import { courtLocalTime, courtToday } from './court-time';
import { judgeChoice } from './judge-options';
import { loadOfficeFiling } from './office-access';

const both = (warning: courts.FilingWarning) => ({
  kk: courts.filingWarningText(warning, 'kk'), ru: courts.filingWarningText(warning, 'ru'),
});

/** The refusal message the applicant receives: the ground's text, then the specialist's note. */
export function refusalMessageWithNote(ground: courts.RefusalGround, note: string): { kk: string; ru: string } {
  const base = courts.refusalMessage(ground);
  if (note.trim() === '') return base;
  return { kk: `${base.kk} Кеңсе маманының ескертпесі: ${note.trim()}`, ru: `${base.ru} Примечание специалиста канцелярии: ${note.trim()}` };
}

/**
 * FILE-11, FILE-12: the registration card — the filing (parties, appendix
 * with its files, duty paid against due), the warnings (a registered
 * duplicate, missing attachments …), the automatic judge proposal with its
 * reason, the court's judges, and the target case where the service goes
 * to an existing case.
 */
export async function registrationCard(deps: { db: Database; clock: Clock }, subject: Subject, filingId: string): Promise<RegistrationCard> {
  const { db } = deps;
  const now = deps.clock.now();
  const { filing, court } = await loadOfficeFiling(db, subject, filingId, 'courts.incoming.read');
  const details = await getFilingDetails(db, filing.id);
  if (!details) throw new DomainError(ErrorCode.notFound);
  const { attachments, dutyPayments } = details;
  const duplicate = filing.contentHash ? await findRegisteredDuplicate(db, court.id, filing.contentHash, filing.id) : null;
  const target = filing.targetCaseId ? await findCourtCase(db, filing.targetCaseId) : null;
  const registeredCase = filing.registeredCaseId ? await findCourtCase(db, filing.registeredCaseId) : null;
  const warnings = courts.filingWarnings({
    appendix: filing.appendix.map((_, i) => ({ position: i + 1 })),
    attachments: attachments.map((a) => ({ position: a.position })),
    unreadable: [],
    duplicateOf: duplicate ? (duplicate.number ?? duplicate.caseNumber ?? '') : null,
    court: { instances: court.instances, forms: court.forms },
    service: filing.service, form: filing.form,
    ...(target ? { targetInstance: target.instance } : {}),
  });
  const { judges, proposal } = await judgeChoice(db, court.id, { form: filing.form, category: filing.category }, now);
  const paidTiyn = dutyPayments.filter((p) => p.status === 'paid').reduce((sum, p) => sum + p.amountTiyn, 0);
  const today = courtToday(now, court.timeZone);
  const received = filing.status === 'received';
  return {
    filing: {
      id: filing.id, number: filing.number, version: filing.version, status: filing.status, statusName: courts.FILING_STATUS_TEXTS[filing.status],
      service: filing.service, serviceName: courts.serviceText(filing.service, filing.form), form: filing.form,
      formName: courts.CASE_FORM_TEXTS[filing.form], instance: filing.instance, instanceName: courts.INSTANCE_TEXTS[filing.instance],
      category: filing.category, title: filing.title, body: filing.body, claimAmountTiyn: filing.claimAmountTiyn,
      applicant: { kind: filing.applicantKind, iinBin: filing.applicantIinBin, name: filing.applicantName },
      principal: filing.principalKind && filing.principalIinBin
        ? { kind: filing.principalKind, iinBin: filing.principalIinBin, name: filing.principalName ?? '' } : null,
      parties: filing.parties.map((p) => ({
        category: p.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[p.category], kind: p.kind, iinBin: p.iinBin, name: p.name,
        address: p.address ?? null,
      })),
      appendix: filing.appendix.map((title, i) => {
        const a = attachments.find((x) => x.position === i + 1);
        return {
          position: i + 1, title,
          file: a ? {
            fileId: a.fileId, originalName: a.file.originalName, kind: a.file.kind, kindName: courts.ATTACHMENT_KIND_TEXTS[a.file.kind],
            sizeBytes: a.file.sizeBytes, sha256: a.file.sha256, downloadUrl: `/api/court-office/filings/${filing.id}/attachments/${i + 1}`,
          } : null,
        };
      }),
      received: filing.receivedAt ? courtLocalTime(filing.receivedAt, court.timeZone) : null,
      receiptDate: filing.receiptDate, registrationDay: filing.registrationDay,
      overdue: received && filing.registrationDay !== null && filing.registrationDay < today,
      registeredCase: registeredCase ? { id: registeredCase.id, number: registeredCase.number } : null,
      refusal: filing.refusalGround
        ? { ground: filing.refusalGround, message: refusalMessageWithNote(filing.refusalGround, filing.refusalText ?? ''), note: filing.refusalText ?? '' }
        : null,
    },
    duty: { dueTiyn: filing.dutyTiyn, paidTiyn, paidInFull: paidTiyn >= filing.dutyTiyn },
    warnings: warnings.map((w) => ({ code: w.code, blocking: w.blocking, ground: w.ground, text: both(w) })),
    duplicateOf: duplicate
      ? { filingId: duplicate.id, number: duplicate.number, caseId: duplicate.registeredCaseId, caseNumber: duplicate.caseNumber } : null,
    proposal: proposal
      ? { judgeUserId: proposal.userId, fullName: judges.find((j) => j.userId === proposal.userId)?.fullName ?? '', basis: proposal.basis,
        reason: proposal.reason }
      : null,
    judges: judges.filter((j) => j.active).map((j) => ({
      userId: j.userId, fullName: j.fullName, specialisations: j.specialisations, openCases: j.openCases, assignedRecently: j.assignedRecently,
    })),
    targetCase: target ? { id: target.id, number: target.number, sameCourt: target.courtId === court.id } : null,
    refusalGrounds: courts.REFUSAL_GROUND_ENTRIES.map((g) => ({
      code: g.code, subparagraph: g.subparagraph, text: g.law, message: courts.refusalMessage(g.code),
    })),
    actions: {
      register: received && can(subject, 'courts.filing.register', { courtId: court.id }),
      refuse: received && can(subject, 'courts.filing.refuse', { courtId: court.id }),
    },
  };
}
