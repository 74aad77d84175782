import type { Sql } from '../database';
import type { ParticipantCategory } from '../courts/codes';
import { instantOrNull, isUuid } from '../courts/codes';

// ЭНП online applications (issue 16 item 5, ENP-7, ENP-9): a person's signed
// application for a password to a case, its attached files, the court's
// queue and decision. Lock order: enp_applications → court_cases →
// enp_accesses → journal.

export type EnpApplicationStatus = 'draft' | 'submitted' | 'approved' | 'refused';

export type EnpApplicationRecord = {
  id: string; number: string | null; courtId: string; caseNumber: string; caseId: string | null; applicantUserId: string; applicantIin: string;
  fullName: string; category: ParticipantCategory; email: string; language: 'kk' | 'ru'; status: EnpApplicationStatus;
  documentId: string | null; signatureId: string | null; version: number; createdAt: Date; submittedAt: Date | null; decidedAt: Date | null;
  decidedBy: string | null; refusalReason: string | null; refusalText: string | null; accessId: string | null;
};

type Row = {
  id: string; number: string | null; court_id: string; case_number: string; case_id: string | null; applicant_user_id: string; applicant_iin: string;
  full_name: string; category: ParticipantCategory; email: string; language: 'kk' | 'ru'; status: EnpApplicationStatus; document_id: string | null;
  signature_id: string | null; version: number; created_at: Date | string; submitted_at: Date | string | null; decided_at: Date | string | null;
  decided_by: string | null; refusal_reason: string | null; refusal_text: string | null; access_id: string | null;
};

const COLUMNS = `id, number, court_id, case_number, case_id, applicant_user_id, applicant_iin, full_name, category, email, language, status,
  document_id, signature_id, version, created_at, submitted_at, decided_at, decided_by, refusal_reason, refusal_text, access_id`;

const recordOf = (r: Row): EnpApplicationRecord => ({
  id: r.id, number: r.number, courtId: r.court_id, caseNumber: r.case_number, caseId: r.case_id, applicantUserId: r.applicant_user_id,
  applicantIin: r.applicant_iin, fullName: r.full_name, category: r.category, email: r.email, language: r.language, status: r.status,
  documentId: r.document_id, signatureId: r.signature_id, version: Number(r.version), createdAt: new Date(r.created_at),
  submittedAt: instantOrNull(r.submitted_at), decidedAt: instantOrNull(r.decided_at), decidedBy: r.decided_by, refusalReason: r.refusal_reason,
  refusalText: r.refusal_text, accessId: r.access_id,
});

export type NewEnpApplication = Pick<EnpApplicationRecord, 'id' | 'courtId' | 'caseNumber' | 'applicantUserId' | 'applicantIin' | 'fullName'
  | 'category' | 'email' | 'language' | 'createdAt'>;

export async function insertEnpApplication(tx: Sql, a: NewEnpApplication): Promise<void> {
  await tx.query(
    `INSERT INTO enp_applications (id, court_id, case_number, applicant_user_id, applicant_iin, full_name, category, email, language, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'draft', $10)`,
    [a.id, a.courtId, a.caseNumber, a.applicantUserId, a.applicantIin, a.fullName, a.category, a.email, a.language, a.createdAt.toISOString()]);
}

export async function findEnpApplication(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<EnpApplicationRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM enp_applications WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

export async function findEnpApplicationByDocument(sql: Sql, documentId: string): Promise<EnpApplicationRecord | null> {
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM enp_applications WHERE document_id = $1`, [documentId]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** A person's applications, newest first. */
export async function listEnpApplicationsOfApplicant(sql: Sql, userId: string): Promise<EnpApplicationRecord[]> {
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM enp_applications WHERE applicant_user_id = $1 ORDER BY created_at DESC, id`, [userId]);
  return result.rows.map(recordOf);
}

/** A court's queue: submitted (oldest first) or decided (newest first). */
export async function listEnpApplicationsOfCourt(sql: Sql, courtId: string, decided: boolean, limit = 200): Promise<EnpApplicationRecord[]> {
  const result = await sql.query<Row>(decided
    ? `SELECT ${COLUMNS} FROM enp_applications WHERE court_id = $1 AND status IN ('approved', 'refused') ORDER BY decided_at DESC, id LIMIT $2`
    : `SELECT ${COLUMNS} FROM enp_applications WHERE court_id = $1 AND status = 'submitted' ORDER BY submitted_at, id LIMIT $2`, [courtId, limit]);
  return result.rows.map(recordOf);
}

/** The home counter of a court's staff: applications waiting for a decision. */
export async function countSubmittedEnpApplications(sql: Sql, courtId: string): Promise<number> {
  const result = await sql.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM enp_applications WHERE court_id = $1 AND status = 'submitted'`, [courtId]);
  return Number(result.rows[0]?.n ?? 0);
}

export async function setEnpApplicationDocument(tx: Sql, id: string, documentId: string): Promise<void> {
  await tx.query('UPDATE enp_applications SET document_id = $2, version = version + 1 WHERE id = $1 AND status = \'draft\'', [id, documentId]);
}

/** The next number of a court's applications in a year (the counter row is locked until commit). */
export async function nextEnpApplicationNumber(tx: Sql, courtId: string, year: number): Promise<number> {
  const result = await tx.query<{ last: number }>(
    `INSERT INTO enp_application_counters (court_id, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (court_id, year) DO UPDATE SET last = enp_application_counters.last + 1 RETURNING last`, [courtId, year]);
  return Number(result.rows[0]!.last);
}

export async function markEnpApplicationSubmitted(tx: Sql, id: string, s: { number: string; caseId: string | null; signatureId: string; at: Date })
  : Promise<boolean> {
  const result = await tx.query(
    `UPDATE enp_applications SET status = 'submitted', number = $2, case_id = $3, signature_id = $4, submitted_at = $5, version = version + 1
      WHERE id = $1 AND status = 'draft'`, [id, s.number, s.caseId, s.signatureId, s.at.toISOString()]);
  return result.rowCount === 1;
}

export async function markEnpApplicationDecided(tx: Sql, id: string, d: {
  status: 'approved' | 'refused'; by: string; at: Date; accessId: string | null; refusalReason: string | null; refusalText: string | null;
}): Promise<boolean> {
  const result = await tx.query(
    `UPDATE enp_applications SET status = $2, decided_by = $3, decided_at = $4, access_id = $5, refusal_reason = $6, refusal_text = $7,
       version = version + 1 WHERE id = $1 AND status = 'submitted'`,
    [id, d.status, d.by, d.at.toISOString(), d.accessId, d.refusalReason, d.refusalText]);
  return result.rowCount === 1;
}

export type EnpApplicationFile = { position: number; fileId: string; originalName: string; kind: string; sizeBytes: number; storageKey: string; sha256: string };

/** `fileName`: the name this applicant gave the file (the stored bytes are shared by everyone who sent the same ones). */
export async function addEnpApplicationFile(tx: Sql, applicationId: string, fileId: string, fileName: string): Promise<number> {
  const result = await tx.query<{ position: number }>(
    `INSERT INTO enp_application_files (application_id, position, file_id, file_name)
     SELECT $1, COALESCE(max(position), 0) + 1, $2, $3 FROM enp_application_files WHERE application_id = $1 RETURNING position`,
    [applicationId, fileId, fileName]);
  return Number(result.rows[0]!.position);
}

export async function listEnpApplicationFiles(sql: Sql, applicationId: string): Promise<EnpApplicationFile[]> {
  const result = await sql.query<{ position: number; file_id: string; original_name: string; kind: string; size_bytes: string | number; storage_key: string;
    sha256: string }>(
    `SELECT f.position, f.file_id, COALESCE(f.file_name, s.original_name) AS original_name, s.kind, s.size_bytes, s.storage_key, s.sha256
       FROM enp_application_files f JOIN stored_files s ON s.id = f.file_id WHERE f.application_id = $1 ORDER BY f.position`, [applicationId]);
  return result.rows.map((r) => ({ position: Number(r.position), fileId: r.file_id, originalName: r.original_name, kind: r.kind,
    sizeBytes: Number(r.size_bytes), storageKey: r.storage_key, sha256: r.sha256 }));
}
