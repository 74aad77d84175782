import type { DispatchReceipt, FilingView, MyFiling } from '@oryndau/contracts';
import type { CourtRecord, FilingAttachmentRecord, FilingRecord, Sql } from '@oryndau/db';
import { findCourt, findCourtCase, getFilingDetails, listCaseEvents } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { formatDateTime } from '@oryndau/kz';
import { readableFiling } from './filing-access';
import { sentSupplements } from './filing-store';

const both = (at: Date, zone: string, precision: 'minute' | 'second' = 'minute') =>
  ({ kk: formatDateTime(at, 'kk', zone, precision), ru: formatDateTime(at, 'ru', zone, precision) });

/** Whether the reader is the one who filed it or the one it was filed for. */
export const roleOf = (subject: Subject, f: Pick<FilingRecord, 'applicantUserId'>): MyFiling['role'] =>
  (f.applicantUserId === subject.id ? 'applicant' : 'principal');

/**
 * FILE-7, ISSUE-14 item 6: the dispatch receipt (талон) of a received
 * filing — the instant in the court's own zone, the unique number, who sent
 * it (and for whom), the court it went to. Null while it was not received.
 */
export function dispatchReceiptOf(filing: FilingRecord, court: CourtRecord, attachments: number): DispatchReceipt | null {
  if (!filing.number || !filing.receivedAt || !filing.receiptDate || !filing.registrationDay || !filing.manifestSha256) return null;
  return {
    filingId: filing.id, number: filing.number, receivedAt: filing.receivedAt.toISOString(),
    receivedAtText: both(filing.receivedAt, court.timeZone, 'second'),
    receiptDate: filing.receiptDate, registrationDay: filing.registrationDay,
    sender: { kind: filing.applicantKind, iinBin: filing.applicantIinBin, name: filing.applicantName },
    principal: filing.principalKind && filing.principalIinBin
      ? { kind: filing.principalKind, iinBin: filing.principalIinBin, name: filing.principalName ?? '' } : null,
    court: { id: court.id, name: court.name }, service: filing.service, serviceName: courts.serviceText(filing.service, filing.form),
    title: filing.title, manifestSha256: filing.manifestSha256, attachments,
  };
}

async function courtOf(sql: Sql, filing: FilingRecord): Promise<CourtRecord> {
  const court = await findCourt(sql, filing.courtId);
  if (!court) throw new DomainError(ErrorCode.internal);
  return court;
}

/** GET /api/filings/:id/receipt: the талон; a filing not received yet has none (404). */
export async function filingReceipt(sql: Sql, subject: Subject, id: string): Promise<{ receipt: DispatchReceipt; court: CourtRecord; filing: FilingRecord }> {
  const filing = await readableFiling(sql, subject, id);
  const details = await getFilingDetails(sql, filing.id);
  const court = await courtOf(sql, filing);
  const receipt = dispatchReceiptOf(filing, court, details?.attachments.length ?? 0);
  if (!receipt) throw new DomainError(ErrorCode.notFound);
  return { receipt, court, filing };
}

const attachmentView = (a: FilingAttachmentRecord) => ({ position: a.position, title: a.title, kind: a.file.kind,
  kindName: courts.ATTACHMENT_KIND_TEXTS[a.file.kind], sizeBytes: a.file.sizeBytes, sha256: a.file.sha256, originalName: a.file.originalName });

type Reason = { code: string; kk: string; ru: string };
const reasonsOf = (value: unknown): { code: string; text: { kk: string; ru: string } }[] =>
  (Array.isArray(value) ? (value as Reason[]) : []).map((r) => ({ code: String(r.code ?? ''), text: { kk: String(r.kk ?? ''), ru: String(r.ru ?? '') } }));

/**
 * FILE-8, ISSUE-14 item 10: a filing's card — the form, its files, the documents added after registration (sent or
 * not, and when), the duty, the attempts not received, the талон and the course of its case.
 */
export async function filingView(sql: Sql, subject: Subject, id: string): Promise<FilingView> {
  const readable = await readableFiling(sql, subject, id);
  const details = await getFilingDetails(sql, readable.id);
  if (!details) throw new DomainError(ErrorCode.notFound);
  const { filing, attachments, dutyPayments, attempts } = details;
  const court = await courtOf(sql, filing);
  const courtCase = filing.registeredCaseId ? await findCourtCase(sql, filing.registeredCaseId) : null;
  const events = courtCase ? await listCaseEvents(sql, courtCase.id) : [];
  const sent = await sentSupplements(sql, filing);
  return {
    filing: {
      id: filing.id, number: filing.number, version: filing.version, service: filing.service,
      serviceName: courts.serviceText(filing.service, filing.form), status: filing.status, statusName: courts.FILING_STATUS_TEXTS[filing.status],
      court: { id: court.id, name: court.name }, title: filing.title, applicantName: filing.applicantName, principalName: filing.principalName,
      role: roleOf(subject, filing), createdAt: filing.createdAt.toISOString(), receivedAt: filing.receivedAt?.toISOString() ?? null,
      registrationDay: filing.registrationDay,
      case: courtCase ? { id: courtCase.id, number: courtCase.number, status: courtCase.status, statusName: courts.CASE_STATUS_TEXTS[courtCase.status] } : null,
      refusal: filing.refusalGround ? { ground: filing.refusalGround, text: courts.refusalMessage(filing.refusalGround) } : null,
      form: filing.form, formName: courts.CASE_FORM_TEXTS[filing.form], instance: filing.instance, instanceName: courts.INSTANCE_TEXTS[filing.instance],
      category: filing.category,
      applicant: { kind: filing.applicantKind, iinBin: filing.applicantIinBin, name: filing.applicantName },
      principal: filing.principalKind && filing.principalIinBin
        ? { kind: filing.principalKind, iinBin: filing.principalIinBin, name: filing.principalName ?? '' } : null,
      body: filing.body, claimAmountTiyn: filing.claimAmountTiyn, dutyTiyn: filing.dutyTiyn,
      parties: filing.parties.map((p) => ({ category: p.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[p.category], kind: p.kind,
        iinBin: p.iinBin, name: p.name })),
      appendix: filing.appendix, receiptDate: filing.receiptDate, manifestSha256: filing.manifestSha256,
    },
    attachments: attachments.map(attachmentView),
    supplements: attachments.filter((a) => a.position > filing.appendix.length).map((a) => {
      const sentAt = sent.get(a.position) ?? null;
      return { ...attachmentView(a), sent: sentAt !== null, sentAt: sentAt?.toISOString() ?? null, sentAtText: sentAt ? both(sentAt, court.timeZone) : null };
    }),
    dutyPayments: dutyPayments.map((d) => ({ id: d.id, method: d.method, methodName: courts.DUTY_PAYMENT_METHOD_TEXTS[d.method], amountTiyn: d.amountTiyn,
      status: d.status, statusName: courts.DUTY_PAYMENT_STATUS_TEXTS[d.status], paidAt: d.paidAt?.toISOString() ?? null, receiptCode: d.receiptCode })),
    attempts: attempts.map((a) => ({ id: a.id, at: a.at.toISOString(), atText: both(a.at, court.timeZone), reasons: reasonsOf(a.reasons) })),
    receipt: dispatchReceiptOf(filing, court, attachments.length),
    caseEvents: events.map((e) => ({ id: e.id, kind: e.kind, kindName: courts.CASE_EVENT_TEXTS[e.kind], occurredAt: e.occurredAt.toISOString(),
      localDate: e.localDate })),
  };
}
