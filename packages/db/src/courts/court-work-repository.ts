import type { Sql } from '../database';
import type { CourtActKind, CourtActStatus } from './acts-repository';
import { ACTS_TO_SIGN_WHERE, LEGAL_FORCE_MARKS_DUE_WHERE, WRITS_TO_SIGN_WHERE, legalForceMarksDueParams } from './court-work-where';
import type { WritPartyRecord, WritRecordStatus } from './writs-repository';

// Issue 15 (FILE-14, FILE-15, FILE-16): the court staff's work queues — the
// judge's acts to sign, the legal-force marks due, the secretary's writs to
// sign. Each list and its home counter share one WHERE (court-work-where.ts).

const countOf = (rows: { n: string | number }[]): number => Number(rows[0]?.n ?? 0);

export type ActToSignItem = {
  actId: string; caseId: string; caseNumber: string; courtId: string; kind: CourtActKind; title: { kk: string; ru: string };
  status: CourtActStatus; createdAt: Date;
};

/** FILE-14: the acts waiting for this judge's signature, oldest first. */
export async function listActsAwaitingSignature(sql: Sql, judgeUserId: string): Promise<ActToSignItem[]> {
  const result = await sql.query<{ id: string; case_id: string; number: string; court_id: string; kind: CourtActKind; title_kk: string;
    title_ru: string; status: CourtActStatus; created_at: Date | string }>(
    `SELECT a.id, a.case_id, k.number, k.court_id, a.kind, a.title_kk, a.title_ru, a.status, a.created_at
       FROM court_acts a JOIN court_cases k ON k.id = a.case_id WHERE ${ACTS_TO_SIGN_WHERE} ORDER BY a.created_at, a.id`, [judgeUserId]);
  return result.rows.map((r) => ({ actId: r.id, caseId: r.case_id, caseNumber: r.number, courtId: r.court_id, kind: r.kind,
    title: { kk: r.title_kk, ru: r.title_ru }, status: r.status, createdAt: new Date(r.created_at) }));
}

/** The judge's «to sign» counter (queue courts.actsToSign): what listActsAwaitingSignature lists. */
export async function countActsAwaitingSignature(sql: Sql, judgeUserId: string): Promise<number> {
  const result = await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM court_acts a WHERE ${ACTS_TO_SIGN_WHERE}`, [judgeUserId]);
  return countOf(result.rows);
}

export type LegalForceMarkItem = {
  actId: string; caseId: string; caseNumber: string; kind: CourtActKind; title: { kk: string; ru: string }; legalForceDate: string;
};

/** FILE-15: the legal-force marks due on `day` — of the judge's cases, or court-wide (no judge given), earliest first. */
export async function listLegalForceMarkQueue(sql: Sql, options: { judgeUserId?: string; courtId?: string; day: string })
  : Promise<LegalForceMarkItem[]> {
  const result = await sql.query<{ id: string; case_id: string; number: string; kind: CourtActKind; title_kk: string; title_ru: string;
    legal_force_date: string }>(
    `SELECT a.id, a.case_id, k.number, a.kind, a.title_kk, a.title_ru, a.legal_force_date::text AS legal_force_date
       FROM court_acts a JOIN court_cases k ON k.id = a.case_id WHERE ${LEGAL_FORCE_MARKS_DUE_WHERE}
      ORDER BY a.legal_force_date, k.number, a.id`, legalForceMarksDueParams(options));
  return result.rows.map((r) => ({ actId: r.id, caseId: r.case_id, caseNumber: r.number, kind: r.kind, title: { kk: r.title_kk, ru: r.title_ru },
    legalForceDate: r.legal_force_date }));
}

/** The number of legal-force marks due (queue courts.legalForceMarks): what listLegalForceMarkQueue lists. */
export async function countLegalForceMarksDue(sql: Sql, options: { judgeUserId?: string; courtId?: string; day: string }): Promise<number> {
  const result = await sql.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM court_acts a JOIN court_cases k ON k.id = a.case_id WHERE ${LEGAL_FORCE_MARKS_DUE_WHERE}`,
    legalForceMarksDueParams(options));
  return countOf(result.rows);
}

export type WritToSignItem = {
  writId: string; caseId: string; caseNumber: string; number: string; status: WritRecordStatus; debtors: WritPartyRecord[];
  amountMinor: number; currency: string; issueDate: string; createdAt: Date;
};

/** FILE-16: the writs this secretary prepared that still lack their signature, oldest first. */
export async function listWritsToSignBySecretary(sql: Sql, userId: string): Promise<WritToSignItem[]> {
  const result = await sql.query<{ id: string; case_id: string; case_number: string; number: string; status: WritRecordStatus;
    debtors: WritPartyRecord[]; amount_minor: string | number; currency: string; issue_date: string; created_at: Date | string }>(
    `SELECT w.id, w.case_id, k.number AS case_number, w.number, w.status, w.debtors, w.amount_minor, w.currency,
            w.issue_date::text AS issue_date, w.created_at
       FROM court_writs w JOIN court_cases k ON k.id = w.case_id WHERE ${WRITS_TO_SIGN_WHERE} ORDER BY w.created_at, w.id`, [userId]);
  return result.rows.map((r) => ({ writId: r.id, caseId: r.case_id, caseNumber: r.case_number, number: r.number, status: r.status,
    debtors: r.debtors, amountMinor: Number(r.amount_minor), currency: r.currency, issueDate: r.issue_date, createdAt: new Date(r.created_at) }));
}

/** FILE-16: the secretary's home counter `courts.writsToSign`: what listWritsToSignBySecretary lists. */
export async function countWritsToSignBySecretary(sql: Sql, userId: string): Promise<number> {
  const result = await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM court_writs w WHERE ${WRITS_TO_SIGN_WHERE}`, [userId]);
  return countOf(result.rows);
}
