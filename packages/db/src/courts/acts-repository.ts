import type { Sql } from '../database';
import type { JsonValue } from '../enforcement/json';
import { instantOrNull, isUuid } from './codes';
import { recordEnpCaseChange } from '../enp/notifications-repository';
import { recordEnpPageChange } from '../enp/page-versions-repository';
import { LEGAL_FORCE_MARKS_DUE_WHERE, legalForceMarksDueParams } from './court-work-where';

// court_acts and court_act_signers (issue 15 items 1–2, FILE-14, FILE-15,
// SIG-5, SIG-6): an act of a case, signed by every current judge of the
// case, published to the participants' cabinet when the last one signed,
// and later marked as in legal force by a second signature. Every change is
// a conditional update on (id, version[, status]); false means another
// transaction moved the act first — the caller answers 409. The database
// refuses a change of a signed act's content (trigger of 0016).
// Lock order: … → court_cases → court_acts → court_act_signers → journal.

/** COURTS-LAW §8 plus the two acts of the hearing (§45). */
export type CourtActKind = 'court_order' | 'decision' | 'ruling' | 'resolution' | 'sentence' | 'operative_part' | 'hearing_record';
export type CourtActStatus = 'draft' | 'signing' | 'signed';
export type CourtActSource = 'template' | 'upload';
export type CourtActLanguage = 'kk' | 'ru';

export type CourtActRecord = {
  id: string; caseId: string; kind: CourtActKind; language: CourtActLanguage; title: { kk: string; ru: string };
  source: CourtActSource; fields: JsonValue; documentId: string; status: CourtActStatus; version: number;
  immediateExecution: boolean; correctsActId: string | null; createdBy: string; createdAt: Date; updatedAt: Date;
  /** When the last current judge signed (complete). */
  signedAt: Date | null;
  /** When it appeared in the participants' cabinet: their receipt date (§47). */
  publishedAt: Date | null;
  /** 'YYYY-MM-DD' in the court's zone, or null. */
  legalForceDate: string | null;
  inForceAt: Date | null;
  inForceBlockedByFilingId: string | null;
  legalForceDocumentId: string | null;
  legalForceSignatureId: string | null;
  legalForceSignedBy: string | null;
  legalForceAbsenceReason: string | null;
};

type Row = {
  id: string; case_id: string; kind: CourtActKind; language: CourtActLanguage; title_kk: string; title_ru: string; source: CourtActSource;
  fields: JsonValue; document_id: string; status: CourtActStatus; version: number | string; immediate_execution: boolean;
  corrects_act_id: string | null; created_by: string; created_at: Date | string; updated_at: Date | string; signed_at: Date | string | null;
  published_at: Date | string | null; legal_force_date: string | null; in_force_at: Date | string | null;
  in_force_blocked_by_filing_id: string | null; legal_force_document_id: string | null; legal_force_signature_id: string | null;
  legal_force_signed_by: string | null; legal_force_absence_reason: string | null;
};

const COLUMNS = `a.id, a.case_id, a.kind, a.language, a.title_kk, a.title_ru, a.source, a.fields, a.document_id, a.status, a.version,
  a.immediate_execution, a.corrects_act_id, a.created_by, a.created_at, a.updated_at, a.signed_at, a.published_at,
  a.legal_force_date::text AS legal_force_date, a.in_force_at, a.in_force_blocked_by_filing_id, a.legal_force_document_id,
  a.legal_force_signature_id, a.legal_force_signed_by, a.legal_force_absence_reason`;

const actOf = (r: Row): CourtActRecord => ({
  id: r.id, caseId: r.case_id, kind: r.kind, language: r.language, title: { kk: r.title_kk, ru: r.title_ru }, source: r.source,
  fields: r.fields, documentId: r.document_id, status: r.status, version: Number(r.version), immediateExecution: r.immediate_execution,
  correctsActId: r.corrects_act_id, createdBy: r.created_by, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  signedAt: instantOrNull(r.signed_at), publishedAt: instantOrNull(r.published_at), legalForceDate: r.legal_force_date,
  inForceAt: instantOrNull(r.in_force_at), inForceBlockedByFilingId: r.in_force_blocked_by_filing_id,
  legalForceDocumentId: r.legal_force_document_id, legalForceSignatureId: r.legal_force_signature_id,
  legalForceSignedBy: r.legal_force_signed_by, legalForceAbsenceReason: r.legal_force_absence_reason,
});

export type NewCourtAct = {
  id: string; caseId: string; kind: CourtActKind; language: CourtActLanguage; title: { kk: string; ru: string }; source: CourtActSource;
  fields: JsonValue; documentId: string; immediateExecution: boolean; correctsActId: string | null; createdBy: string;
};

/** A new act, a `draft` at version 1. */
export async function insertCourtAct(tx: Sql, a: NewCourtAct, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO court_acts (id, case_id, kind, language, title_kk, title_ru, source, fields, document_id, status, version,
       immediate_execution, corrects_act_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, 'draft', 1, $10, $11, $12, $13, $13)`,
    [a.id, a.caseId, a.kind, a.language, a.title.kk, a.title.ru, a.source, JSON.stringify(a.fields), a.documentId, a.immediateExecution,
      a.correctsActId, a.createdBy, now.toISOString()]);
}

/** One act; `lock` takes its row lock. Null for a missing or malformed id. */
export async function findCourtAct(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<CourtActRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM court_acts a WHERE a.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? actOf(result.rows[0]) : null;
}

/** The act whose signed PDF (or whose legal-force mark) is this document. */
export async function findCourtActByDocument(sql: Sql, documentId: string, options: { lock?: boolean } = {}): Promise<CourtActRecord | null> {
  if (!isUuid(documentId)) return null;
  const result = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM court_acts a WHERE a.document_id = $1 OR a.legal_force_document_id = $1 ORDER BY a.created_at LIMIT 1
     ${options.lock ? ' FOR UPDATE' : ''}`, [documentId]);
  return result.rows[0] ? actOf(result.rows[0]) : null;
}

/** The acts of a case, oldest first. */
export async function listCourtActsOfCase(sql: Sql, caseId: string): Promise<CourtActRecord[]> {
  if (!isUuid(caseId)) return [];
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM court_acts a WHERE a.case_id = $1 ORDER BY a.created_at, a.id`, [caseId]);
  return result.rows.map(actOf);
}

/** A draft's new content (a new documents row): only while nobody signed, at the expected version. */
export async function saveCourtActDraft(tx: Sql, id: string, expectedVersion: number, change: {
  title: { kk: string; ru: string }; language: CourtActLanguage; source: CourtActSource; fields: JsonValue; documentId: string;
  immediateExecution: boolean;
}, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE court_acts SET title_kk = $3, title_ru = $4, language = $5, source = $6, fields = $7::jsonb, document_id = $8,
       immediate_execution = $9, version = version + 1, updated_at = $10
     WHERE id = $1 AND version = $2 AND status = 'draft'`,
    [id, expectedVersion, change.title.kk, change.title.ru, change.language, change.source, JSON.stringify(change.fields), change.documentId,
      change.immediateExecution, now.toISOString()]);
  return result.rowCount === 1;
}

/**
 * A judge's signature moves the act: to `signing` (more judges to sign) or
 * to `signed` with its publication instant and legal-force date (complete).
 */
export async function saveCourtActSigning(tx: Sql, id: string, expectedVersion: number, next: {
  status: CourtActStatus; signedAt: Date | null; publishedAt: Date | null; legalForceDate: string | null;
}, now: Date): Promise<boolean> {
  const result = await tx.query<{ case_id: string }>(
    `UPDATE court_acts SET status = $3, signed_at = $4, published_at = $5, legal_force_date = $6, version = version + 1, updated_at = $7
     WHERE id = $1 AND version = $2 AND status <> 'signed' RETURNING case_id`,
    [id, expectedVersion, next.status, next.signedAt?.toISOString() ?? null, next.publishedAt?.toISOString() ?? null, next.legalForceDate,
      now.toISOString()]);
  const caseId = result.rows[0]?.case_id;
  // ENP-8: a published act (`act:<id>` as the portal names it) — told to those who may see it, if this commits.
  if (caseId && next.publishedAt) await recordEnpCaseChange(tx, { caseId, kind: 'act', subject: `act:${id}`, occurredAt: next.publishedAt });
  // ENP-4: the ЭНП page lists the published acts — any move of a signature counts as a change of the page (cheap, never stale).
  if (caseId) await recordEnpPageChange(tx, caseId);
  return result.rowCount === 1;
}

/** The mark document prepared for the legal-force signature (FILE-15): set while the act is complete and not in force. */
export async function saveCourtActLegalForceDocument(tx: Sql, id: string, expectedVersion: number, documentId: string, now: Date): Promise<boolean> {
  const result = await tx.query<{ case_id: string }>(
    `UPDATE court_acts SET legal_force_document_id = $3, version = version + 1, updated_at = $4
     WHERE id = $1 AND version = $2 AND status = 'signed' AND in_force_at IS NULL RETURNING case_id`,
    [id, expectedVersion, documentId, now.toISOString()]);
  // ENP-10: an archived case's page names its acts' legal-force marks by this id.
  const caseId = result.rows[0]?.case_id;
  if (caseId) await recordEnpPageChange(tx, caseId);
  return result.rowCount === 1;
}

/** SIG-6: the legal-force mark signed — the act is in force from `inForceAt`. */
export async function saveCourtActInForce(tx: Sql, id: string, expectedVersion: number, mark: {
  signatureId: string; signedBy: string; absenceReason: string | null; inForceAt: Date;
}): Promise<boolean> {
  const result = await tx.query(
    `UPDATE court_acts SET in_force_at = $3, legal_force_signature_id = $4, legal_force_signed_by = $5, legal_force_absence_reason = $6,
       version = version + 1, updated_at = $3
     WHERE id = $1 AND version = $2 AND status = 'signed' AND in_force_at IS NULL AND in_force_blocked_by_filing_id IS NULL
       AND legal_force_document_id IS NOT NULL`,
    [id, expectedVersion, mark.inForceAt.toISOString(), mark.signatureId, mark.signedBy, mark.absenceReason]);
  return result.rowCount === 1;
}

/** An appeal received in time stops entry into force (FILE-15). */
export async function saveCourtActBlocked(tx: Sql, id: string, expectedVersion: number, filingId: string, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE court_acts SET in_force_blocked_by_filing_id = $3, version = version + 1, updated_at = $4
     WHERE id = $1 AND version = $2 AND in_force_at IS NULL`,
    [id, expectedVersion, filingId, now.toISOString()]);
  return result.rowCount === 1;
}

// court_act_signers

export type CourtActSignerRecord = { actId: string; userId: string; fullName: string; signatureId: string; signedAt: Date };

/** One judge's signature of the act; a second one by the same judge violates the primary key (the caller answers 409). */
export async function addCourtActSigner(tx: Sql, s: { actId: string; userId: string; signatureId: string; signedAt: Date }): Promise<void> {
  await tx.query('INSERT INTO court_act_signers (act_id, user_id, signature_id, signed_at) VALUES ($1, $2, $3, $4)',
    [s.actId, s.userId, s.signatureId, s.signedAt.toISOString()]);
}

export async function listCourtActSigners(sql: Sql, actId: string): Promise<CourtActSignerRecord[]> {
  if (!isUuid(actId)) return [];
  const result = await sql.query<{ act_id: string; user_id: string; full_name: string; signature_id: string; signed_at: Date | string }>(
    `SELECT s.act_id, s.user_id, u.full_name, s.signature_id, s.signed_at FROM court_act_signers s JOIN users u ON u.id = s.user_id
      WHERE s.act_id = $1 ORDER BY s.signed_at, s.user_id`, [actId]);
  return result.rows.map((r) => ({
    actId: r.act_id, userId: r.user_id, fullName: r.full_name, signatureId: r.signature_id, signedAt: new Date(r.signed_at),
  }));
}

/** The judges' task list (queue courts.legalForceMarks): complete acts not in force nor blocked whose date is on or before `day`. */
export async function listLegalForceMarksDue(sql: Sql, options: { judgeUserId?: string; courtId?: string; day: string; limit?: number })
  : Promise<CourtActRecord[]> {
  const result = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM court_acts a JOIN court_cases k ON k.id = a.case_id WHERE ${LEGAL_FORCE_MARKS_DUE_WHERE}
      ORDER BY a.legal_force_date, a.id LIMIT $4`,
    [...legalForceMarksDueParams(options), options.limit ?? 200]);
  return result.rows.map(actOf);
}

// Who takes part in the case, as the cabinet knows them (§47)

/** IIN/BINs of the case's participants and the users who filed into it (filings registered into the case, or aimed at it). */
export async function findCaseAudience(sql: Sql, caseId: string): Promise<{ participantIinBins: string[]; applicantUserIds: string[] }> {
  const participants = await sql.query<{ iin_bin: string }>(
    'SELECT DISTINCT iin_bin FROM case_participants WHERE case_id = $1 AND iin_bin IS NOT NULL', [caseId]);
  const applicants = await sql.query<{ applicant_user_id: string }>(
    `SELECT DISTINCT applicant_user_id FROM filings WHERE (registered_case_id = $1 OR target_case_id = $1) AND status IN ('received', 'registered')`,
    [caseId]);
  return { participantIinBins: participants.rows.map((r) => r.iin_bin), applicantUserIds: applicants.rows.map((r) => r.applicant_user_id) };
}

/** The cabinet users (citizens) to notify of the case's act: participants by IIN and whoever filed into the case (with their filing, for the notice's link). */
export async function listCaseCabinetUsers(sql: Sql, caseId: string)
  : Promise<{ userId: string; email: string | null; locale: 'kk' | 'ru'; filingId: string | null }[]> {
  const result = await sql.query<{ id: string; email: string | null; locale: 'kk' | 'ru'; filing_id: string | null }>(
    `SELECT u.id, u.email, u.locale,
            (SELECT f.id FROM filings f WHERE f.applicant_user_id = u.id AND f.registered_case_id = $1 ORDER BY f.created_at, f.id LIMIT 1) AS filing_id
       FROM users u
      WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'citizen')
        AND (u.iin IN (SELECT p.iin_bin FROM case_participants p WHERE p.case_id = $1 AND p.iin_bin IS NOT NULL)
             OR u.id IN (SELECT f.applicant_user_id FROM filings f WHERE f.registered_case_id = $1 AND f.status = 'registered'))
      ORDER BY u.id`, [caseId]);
  return result.rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale, filingId: r.filing_id }));
}

/** Appeals against the case (FILE-15): filings of service 'appeal' aimed at it and received, earliest receipt first. */
export async function listAppealsOfCase(sql: Sql, caseId: string): Promise<{ id: string; number: string; receiptDate: string }[]> {
  const result = await sql.query<{ id: string; number: string; receipt_date: string }>(
    `SELECT id, number, receipt_date::text AS receipt_date FROM filings
      WHERE target_case_id = $1 AND service = 'appeal' AND status IN ('received', 'registered') AND receipt_date IS NOT NULL
      ORDER BY receipt_date, received_at, id`, [caseId]);
  return result.rows.map((r) => ({ id: r.id, number: r.number, receiptDate: r.receipt_date }));
}

/** Dev mode only (the browser test cannot wait a month): the appeal term has run — the act's legal-force date becomes `day`. */
export async function devSetLegalForceDate(tx: Sql, id: string, day: string): Promise<boolean> {
  const result = await tx.query(
    `UPDATE court_acts SET legal_force_date = $2::date, version = version + 1
      WHERE id = $1 AND status = 'signed' AND in_force_at IS NULL AND legal_force_date IS NOT NULL`, [id, day]);
  return result.rowCount === 1;
}
