import type { CourtRecord, DutyPaymentRecord, FilingAttachmentRecord, FilingRecord, Sql } from '@oryndau/db';
import {
  findCourt, findCourtCase, findFiling, findUserById, listCourtCaseDocuments, listDutyPayments, listFilingAttachments,
} from '@oryndau/db';
import type { DutyPaymentView, FilingDuty, FilingDraft } from '@oryndau/contracts';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';

// The filing draft's shared reads (issue 14 items 3-5): the filing as its
// applicant may see it, authorization through the courts policies, and the
// view every route answers with. No SQL here (packages/db/src/courts).

/** What the duty was computed from and what it came to, kept in filings.duty_basis (FILE-4). */
export type DutyBasisRecord = {
  claimKind: courts.ClaimKind;
  courtOrder: boolean;
  exemption: DutyExemptionCode | null;
  rate: string;
  basis: { kk: string; ru: string };
  article: string;
  confirmed: boolean;
};
type DutyExemptionCode = FilingDuty['exemption'] & string;

const CLAIM_KINDS: readonly courts.ClaimKind[] = ['property', 'non_property', 'divorce'];

/** The stored duty basis, read defensively (a row written by another helper's code may lack some fields). */
export function dutyBasisOf(filing: FilingRecord): DutyBasisRecord {
  const raw = (filing.dutyBasis && typeof filing.dutyBasis === 'object' && !Array.isArray(filing.dutyBasis) ? filing.dutyBasis : {}) as Record<string, unknown>;
  const basis = raw.basis as { kk?: unknown; ru?: unknown } | undefined;
  const claimKind = CLAIM_KINDS.includes(raw.claimKind as courts.ClaimKind) ? raw.claimKind as courts.ClaimKind
    : courts.claimKindOf(undefined, filing.claimAmountTiyn);
  return {
    claimKind,
    courtOrder: raw.courtOrder === true,
    exemption: typeof raw.exemption === 'string' ? raw.exemption as DutyExemptionCode : null,
    rate: typeof raw.rate === 'string' ? raw.rate : 'unknown',
    basis: { kk: typeof basis?.kk === 'string' ? basis.kk : '', ru: typeof basis?.ru === 'string' ? basis.ru : '' },
    article: typeof raw.article === 'string' ? raw.article : '',
    confirmed: raw.confirmed === true,
  };
}

const resourceOf = (filing: FilingRecord) => ({ applicantUserId: filing.applicantUserId, courtId: filing.courtId });

/**
 * The filing, or 404 when the subject may not read it (its applicant, the
 * staff of its court) — another citizen's filing does not reveal that it
 * exists; `edit` also needs `courts.filing.edit` (403). `lock` takes the row
 * lock (the filing comes after any court counter in the lock order).
 */
export async function requireFiling(sql: Sql, subject: Subject, id: string, options: { edit?: boolean; lock?: boolean } = {})
  : Promise<FilingRecord> {
  const filing = await findFiling(sql, id, { lock: options.lock === true });
  if (!filing || !can(subject, 'courts.filing.read', resourceOf(filing))) throw new DomainError(ErrorCode.notFound);
  if (options.edit && !can(subject, 'courts.filing.edit', resourceOf(filing))) throw new DomainError(ErrorCode.forbidden);
  return filing;
}

/** The court of a filing or of a form (422 when it is not in the reference). */
export async function requireCourt(sql: Sql, courtId: string): Promise<CourtRecord> {
  const court = await findCourt(sql, courtId);
  if (!court) throw new DomainError(ErrorCode.courtUnknown, { fields: ['courtId'] });
  return court;
}

export const paidTiynOf = (payments: readonly DutyPaymentRecord[]): number =>
  payments.filter((p) => p.status === 'paid').reduce((sum, p) => sum + p.amountTiyn, 0);

export function dutyPaymentView(p: DutyPaymentRecord): DutyPaymentView {
  return {
    id: p.id, method: p.method, status: p.status, amountTiyn: p.amountTiyn, paidAt: p.paidAt?.toISOString() ?? null,
    receiptCode: p.receiptCode, receiptFileId: p.receiptFileId, createdAt: p.createdAt.toISOString(),
  };
}

/** FILE-4: the duty as computed, what was paid (paid payments only) and what remains. */
export function dutyView(filing: FilingRecord, payments: readonly DutyPaymentRecord[]): FilingDuty {
  const basis = dutyBasisOf(filing);
  const paidTiyn = paidTiynOf(payments);
  return {
    amountTiyn: filing.dutyTiyn, rate: basis.rate, basis: basis.basis, article: basis.article, confirmed: basis.confirmed,
    exemption: basis.exemption, paidTiyn, remainingTiyn: Math.max(0, filing.dutyTiyn - paidTiyn), payments: payments.map(dutyPaymentView),
  };
}

export async function loadDuty(sql: Sql, filing: FilingRecord): Promise<FilingDuty> {
  return dutyView(filing, await listDutyPayments(sql, filing.id));
}

const fileOf = (a: FilingAttachmentRecord | undefined) => a
  ? { fileId: a.fileId, originalName: a.file.originalName, sizeBytes: a.file.sizeBytes, sha256: a.file.sha256, kind: a.file.kind }
  : null;

/**
 * FILE-8: a supplement (a document added to a registered filing, after the
 * appendix) counts as sent once the court has it among the case's documents
 * from this filing, at its position — the supplements' signing
 * (receive-supplements.ts) adds it there. Position → when it was added.
 */
export async function sentSupplements(sql: Sql, filing: Pick<FilingRecord, 'id' | 'registeredCaseId'>): Promise<Map<number, Date>> {
  if (!filing.registeredCaseId) return new Map();
  const documents = await listCourtCaseDocuments(sql, filing.registeredCaseId);
  return new Map(documents.filter((d) => d.filingId === filing.id && d.position !== null).map((d) => [d.position!, d.addedAt]));
}

/** The filing as every route of the draft answers it (FilingDraft contract). */
export async function filingView(sql: Sql, filing: FilingRecord): Promise<FilingDraft> {
  const representing = filing.applicantKind === 'legal_entity';
  const [court, attachments, payments, target, sent, acting] = await Promise.all([
    findCourt(sql, filing.courtId), listFilingAttachments(sql, filing.id), listDutyPayments(sql, filing.id),
    filing.targetCaseId ? findCourtCase(sql, filing.targetCaseId) : Promise.resolve(null), sentSupplements(sql, filing),
    // A legal entity files through a person (FILE-3): the signed-in user who drew the filing up.
    representing ? findUserById(sql, filing.applicantUserId) : Promise.resolve(null),
  ]);
  const byPosition = new Map(attachments.map((a) => [a.position, a]));
  const basis = dutyBasisOf(filing);
  return {
    id: filing.id, number: filing.number, service: filing.service, serviceName: courts.serviceText(filing.service, filing.form),
    status: filing.status, statusName: courts.FILING_STATUS_TEXTS[filing.status], version: filing.version,
    court: { id: filing.courtId, code: court?.code ?? '', name: court?.name ?? { kk: '', ru: '' } },
    instance: filing.instance, form: filing.form, category: filing.category,
    targetCase: target ? { id: target.id, number: target.number } : null,
    applicant: { kind: filing.applicantKind, iinBin: filing.applicantIinBin, name: filing.applicantName },
    actingIin: acting?.iin ?? null,
    principal: filing.principalKind && filing.principalIinBin && filing.principalName
      ? { kind: filing.principalKind, iinBin: filing.principalIinBin, name: filing.principalName } : null,
    powerOfAttorneyId: filing.powerOfAttorneyId,
    title: filing.title, body: filing.body, claimAmountTiyn: filing.claimAmountTiyn, claimKind: basis.claimKind,
    courtOrder: basis.courtOrder, exemption: basis.exemption,
    parties: filing.parties.map((p) => ({ category: p.category, kind: p.kind, iinBin: p.iinBin, name: p.name,
      ...(p.address ? { address: p.address } : {}) })),
    appendix: filing.appendix.map((title, i) => ({ position: i + 1, title, file: fileOf(byPosition.get(i + 1)) })),
    supplements: attachments.filter((a) => a.position > filing.appendix.length)
      .map((a) => ({ position: a.position, title: a.title, file: fileOf(a), sent: sent.has(a.position),
        sentAt: sent.get(a.position)?.toISOString() ?? null })),
    duty: dutyView(filing, payments),
    createdAt: filing.createdAt.toISOString(), updatedAt: filing.updatedAt.toISOString(),
    receivedAt: filing.receivedAt?.toISOString() ?? null, registrationDay: filing.registrationDay,
  };
}
