import type { MyFiling } from '@oryndau/contracts';
import type { Sql } from '@oryndau/db';
import { listMyFilings } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';

/**
 * «Менің істерім» / «Мои дела» (FILE-8, ISSUE-14 item 10): every filing of
 * the signed-in person — made by them, made for them under a power of
 * attorney (their IIN as principal), and the filings of the legal entity
 * they act for in this session (its BIN) — with status, number, court, the
 * case it opened and, if refused, the sentence sent to the applicant.
 */
export async function myFilings(sql: Sql, subject: Subject): Promise<MyFiling[]> {
  const iinBins = [subject.iin, ...(subject.representing ? [subject.representing.bin] : [])];
  const rows = await listMyFilings(sql, { userId: subject.id, iinBins });
  return rows.map((f) => ({
    id: f.id, number: f.number, service: f.service, serviceName: courts.FILING_SERVICE_TEXTS[f.service], status: f.status,
    statusName: courts.FILING_STATUS_TEXTS[f.status], court: { id: f.courtId, name: f.court }, title: f.title, applicantName: f.applicantName,
    principalName: f.principalName, role: f.applicantUserId === subject.id ? 'applicant' : 'principal', createdAt: f.createdAt.toISOString(),
    receivedAt: f.receivedAt?.toISOString() ?? null, registrationDay: f.registrationDay,
    case: f.caseId && f.caseNumber && f.caseStatus
      ? { id: f.caseId, number: f.caseNumber, status: f.caseStatus, statusName: courts.CASE_STATUS_TEXTS[f.caseStatus] } : null,
    refusal: f.refusalGround ? { ground: f.refusalGround, text: courts.refusalMessage(f.refusalGround) } : null,
  }));
}
