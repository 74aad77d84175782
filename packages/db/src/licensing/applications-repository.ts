import type { Sql } from '../database';
import { instantOrNull, isUuid } from '../courts/codes';

// LIC-1…LIC-5: licensing applications, their attachments and fee payments.
// Lock order: licensing_applications → licences → licensing_counters → journal.

export type LicensingStatusCode = 'draft' | 'paid' | 'signed' | 'registered' | 'under_review' | 'returned_for_correction' | 'resubmitted'
  | 'issued' | 'refused';

export type LicensingApplicationRecord = {
  id: string; number: string | null; service: 'issue' | 'reissue' | 'duplicate'; serviceReason: string | null; channel: 'portal' | 'staff';
  applicantUserId: string | null; applicantIin: string; fullName: string; regionKato: string; email: string | null; language: 'kk' | 'ru';
  previousLicenceId: string | null; status: LicensingStatusCode; version: number; createdAt: Date; createdBy: string;
  gbdPerson: Record<string, unknown> | null; documentId: string | null; signatureId: string | null; registeredAt: Date | null;
  deadline: string | null; checklist: Record<string, boolean>; correctionText: string | null; refusalReasons: string[] | null;
  refusalText: string | null; decidedAt: Date | null; decidedBy: string | null; licenceNumber: string | null; licenceDocumentId: string | null;
  licenceId: string | null; overdueFlaggedAt: Date | null;
};

type Row = {
  id: string; number: string | null; service: LicensingApplicationRecord['service']; service_reason: string | null; channel: 'portal' | 'staff';
  applicant_user_id: string | null; applicant_iin: string; full_name: string; region_kato: string; email: string | null; language: 'kk' | 'ru';
  previous_licence_id: string | null; status: LicensingStatusCode; version: number; created_at: Date | string; created_by: string;
  gbd_person: Record<string, unknown> | null; document_id: string | null; signature_id: string | null; registered_at: Date | string | null;
  deadline: string | null; checklist: Record<string, boolean> | null; correction_text: string | null; refusal_reasons: string[] | null;
  refusal_text: string | null; decided_at: Date | string | null; decided_by: string | null; licence_number: string | null;
  licence_document_id: string | null; licence_id: string | null; overdue_flagged_at: Date | string | null;
};

const COLUMNS = `id, number, service, service_reason, channel, applicant_user_id, applicant_iin, full_name, region_kato, email, language,
  previous_licence_id, status, version, created_at, created_by, gbd_person, document_id, signature_id, registered_at, deadline::text AS deadline,
  checklist, correction_text, refusal_reasons, refusal_text, decided_at, decided_by, licence_number, licence_document_id, licence_id, overdue_flagged_at`;

const recordOf = (r: Row): LicensingApplicationRecord => ({
  id: r.id, number: r.number, service: r.service, serviceReason: r.service_reason, channel: r.channel, applicantUserId: r.applicant_user_id,
  applicantIin: r.applicant_iin, fullName: r.full_name, regionKato: r.region_kato, email: r.email, language: r.language,
  previousLicenceId: r.previous_licence_id, status: r.status, version: Number(r.version), createdAt: new Date(r.created_at), createdBy: r.created_by,
  gbdPerson: r.gbd_person, documentId: r.document_id, signatureId: r.signature_id, registeredAt: instantOrNull(r.registered_at), deadline: r.deadline,
  checklist: r.checklist ?? {}, correctionText: r.correction_text, refusalReasons: r.refusal_reasons, refusalText: r.refusal_text,
  decidedAt: instantOrNull(r.decided_at), decidedBy: r.decided_by, licenceNumber: r.licence_number, licenceDocumentId: r.licence_document_id,
  licenceId: r.licence_id, overdueFlaggedAt: instantOrNull(r.overdue_flagged_at),
});

export type NewLicensingApplication = Pick<LicensingApplicationRecord, 'id' | 'service' | 'serviceReason' | 'channel' | 'applicantUserId'
  | 'applicantIin' | 'fullName' | 'regionKato' | 'email' | 'language' | 'previousLicenceId' | 'createdAt' | 'createdBy' | 'gbdPerson'>;

export async function insertLicensingApplication(tx: Sql, a: NewLicensingApplication): Promise<void> {
  await tx.query(
    `INSERT INTO licensing_applications (id, service, service_reason, channel, applicant_user_id, applicant_iin, full_name, region_kato, email,
       language, previous_licence_id, status, created_at, created_by, gbd_person)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', $12, $13, $14::jsonb)`,
    [a.id, a.service, a.serviceReason, a.channel, a.applicantUserId, a.applicantIin, a.fullName, a.regionKato, a.email, a.language,
      a.previousLicenceId, a.createdAt.toISOString(), a.createdBy, a.gbdPerson === null ? null : JSON.stringify(a.gbdPerson)]);
}

export async function findLicensingApplication(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<LicensingApplicationRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM licensing_applications WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** The application whose applicant's manifest, or whose licence, is this document. */
export async function findLicensingApplicationByDocument(sql: Sql, documentId: string): Promise<{ application: LicensingApplicationRecord;
  role: 'application' | 'licence' } | null> {
  const result = await sql.query<Row & { role: 'application' | 'licence' }>(
    `SELECT ${COLUMNS}, CASE WHEN document_id = $1 THEN 'application' ELSE 'licence' END AS role
       FROM licensing_applications WHERE document_id = $1 OR licence_document_id = $1`, [documentId]);
  const row = result.rows[0];
  return row ? { application: recordOf(row), role: row.role } : null;
}

export type LicensingApplicationFilter = { applicantUserId?: string; iin?: string; statuses?: readonly LicensingStatusCode[]; overdueOnly?: boolean };

/** Newest first; at most 200 (the queue and «Мои заявления»). */
export async function listLicensingApplications(sql: Sql, f: LicensingApplicationFilter): Promise<LicensingApplicationRecord[]> {
  const result = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM licensing_applications
      WHERE ($1::uuid IS NULL OR applicant_user_id = $1) AND ($2::text IS NULL OR applicant_iin = $2)
        AND ($3::text[] IS NULL OR status = ANY($3)) AND (NOT $4 OR overdue_flagged_at IS NOT NULL)
      ORDER BY created_at DESC, id LIMIT 200`,
    [f.applicantUserId ?? null, f.iin ?? null, f.statuses ? [...f.statuses] : null, f.overdueOnly ?? false]);
  return result.rows.map(recordOf);
}

/** The licensor's home counter (issue 17): applications registered and not decided — waiting for review, under it, resubmitted. */
export async function countLicensingApplicationsToDecide(sql: Sql): Promise<number> {
  const result = await sql.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM licensing_applications WHERE status IN ('registered', 'under_review', 'resubmitted')`);
  return Number(result.rows[0]?.n ?? 0);
}

/** Column changes a use-case may make; `status` and the version move together. */
export type LicensingApplicationPatch = Partial<{
  number: string; status: LicensingStatusCode; documentId: string | null; signatureId: string; registeredAt: Date; deadline: string;
  gbdPerson: Record<string, unknown>; checklist: Record<string, boolean>; correctionText: string | null; refusalReasons: string[];
  refusalText: string | null; decidedAt: Date; decidedBy: string | null; licenceNumber: string; licenceDocumentId: string; licenceId: string;
  overdueFlaggedAt: Date; fullName: string; email: string | null;
}>;

const PATCH_COLUMNS: Record<keyof LicensingApplicationPatch, string> = {
  number: 'number', status: 'status', documentId: 'document_id', signatureId: 'signature_id', registeredAt: 'registered_at', deadline: 'deadline',
  gbdPerson: 'gbd_person', checklist: 'checklist', correctionText: 'correction_text', refusalReasons: 'refusal_reasons', refusalText: 'refusal_text',
  decidedAt: 'decided_at', decidedBy: 'decided_by', licenceNumber: 'licence_number', licenceDocumentId: 'licence_document_id',
  licenceId: 'licence_id', overdueFlaggedAt: 'overdue_flagged_at', fullName: 'full_name', email: 'email',
};

const sqlValue = (v: unknown): unknown => (v instanceof Date ? v.toISOString()
  : v !== null && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v);

/**
 * Applies the patch only if the row is still at `version` (optimistic lock;
 * the caller holds the row lock too) and bumps the version. False: lost race.
 */
export async function updateLicensingApplication(tx: Sql, id: string, version: number, patch: LicensingApplicationPatch): Promise<boolean> {
  const keys = (Object.keys(patch) as (keyof LicensingApplicationPatch)[]).filter((k) => patch[k] !== undefined);
  const sets = keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 3}${k === 'gbdPerson' || k === 'checklist' ? '::jsonb' : ''}`);
  const result = await tx.query(
    `UPDATE licensing_applications SET ${[...sets, 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2`,
    [id, version, ...keys.map((k) => sqlValue(patch[k]))]);
  return result.rowCount === 1;
}

export type LicensingAttachmentRecord = {
  position: number; documentCode: string; fileId: string; paperPresented: boolean; addedAt: Date;
  originalName: string; sha256: string; sizeBytes: number; kind: string; storageKey: string;
};

/** `fileName`: the name this sender gave the file (stored bytes are shared by everyone who sent the same ones — migration 0026). */
export async function insertLicensingAttachment(tx: Sql, a: { applicationId: string; documentCode: string; fileId: string; paperPresented: boolean;
  at: Date; fileName: string }): Promise<number> {
  const result = await tx.query<{ position: number }>(
    `INSERT INTO licensing_attachments (application_id, position, document_code, file_id, paper_presented, added_at, file_name)
     SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4, $5, $6 FROM licensing_attachments WHERE application_id = $1
     RETURNING position`, [a.applicationId, a.documentCode, a.fileId, a.paperPresented, a.at.toISOString(), a.fileName]);
  return Number(result.rows[0]!.position);
}

export async function listLicensingAttachments(sql: Sql, applicationId: string): Promise<LicensingAttachmentRecord[]> {
  const result = await sql.query<{ position: number; document_code: string; file_id: string; paper_presented: boolean; added_at: Date | string;
    original_name: string; sha256: string; size_bytes: string | number; kind: string; storage_key: string }>(
    `SELECT a.position, a.document_code, a.file_id, a.paper_presented, a.added_at, COALESCE(a.file_name, f.original_name) AS original_name, f.sha256, f.size_bytes, f.kind, f.storage_key
       FROM licensing_attachments a JOIN stored_files f ON f.id = a.file_id WHERE a.application_id = $1 ORDER BY a.position`, [applicationId]);
  return result.rows.map((r) => ({ position: Number(r.position), documentCode: r.document_code, fileId: r.file_id, paperPresented: r.paper_presented,
    addedAt: new Date(r.added_at), originalName: r.original_name, sha256: r.sha256, sizeBytes: Number(r.size_bytes), kind: r.kind, storageKey: r.storage_key }));
}

export type LicensingPaymentRecord = {
  id: string; applicationId: string; gatewayId: string; amountTiyn: number; rateMrp: number; mrpTenge: number; status: 'pending' | 'paid' | 'failed';
  createdAt: Date; settledAt: Date | null;
};

export async function insertLicensingPayment(tx: Sql, p: Omit<LicensingPaymentRecord, 'status' | 'settledAt'>): Promise<void> {
  await tx.query(
    `INSERT INTO licensing_payments (id, application_id, gateway_id, amount_tiyn, rate_mrp, mrp_tenge, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)`,
    [p.id, p.applicationId, p.gatewayId, p.amountTiyn, p.rateMrp, p.mrpTenge, p.createdAt.toISOString()]);
}

export async function listLicensingPayments(sql: Sql, applicationId: string): Promise<LicensingPaymentRecord[]> {
  const result = await sql.query<{ id: string; application_id: string; gateway_id: string; amount_tiyn: string | number; rate_mrp: string | number;
    mrp_tenge: number; status: 'pending' | 'paid' | 'failed'; created_at: Date | string; settled_at: Date | string | null }>(
    'SELECT * FROM licensing_payments WHERE application_id = $1 ORDER BY created_at', [applicationId]);
  return result.rows.map((r) => ({ id: r.id, applicationId: r.application_id, gatewayId: r.gateway_id, amountTiyn: Number(r.amount_tiyn),
    rateMrp: Number(r.rate_mrp), mrpTenge: Number(r.mrp_tenge), status: r.status, createdAt: new Date(r.created_at), settledAt: instantOrNull(r.settled_at) }));
}

export async function settleLicensingPayment(tx: Sql, id: string, status: 'paid' | 'failed', at: Date): Promise<void> {
  await tx.query(`UPDATE licensing_payments SET status = $2, settled_at = $3 WHERE id = $1 AND status = 'pending'`, [id, status, at.toISOString()]);
}

/** LIC-5: pending applications whose deadline is before `today` and not flagged yet (the worker locks each row itself). */
export async function listOverdueLicensingApplications(sql: Sql, today: string, limit = 100): Promise<{ id: string }[]> {
  const result = await sql.query<{ id: string }>(
    `SELECT id FROM licensing_applications
      WHERE status IN ('registered', 'under_review', 'resubmitted') AND deadline < $1::date AND overdue_flagged_at IS NULL
      ORDER BY deadline, id LIMIT $2`, [today, limit]);
  return result.rows;
}

/** LIC-1…8 counters: the next value of a named counter (one central sequence each), taken under the row's lock. */
export async function nextLicensingCounter(tx: Sql, name: string): Promise<number> {
  const result = await tx.query<{ last: number }>(
    `INSERT INTO licensing_counters (name, last) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET last = licensing_counters.last + 1 RETURNING last`, [name]);
  return Number(result.rows[0]!.last);
}

/** The named counter continues at least from `value` (numbers taken over from before the register stay below it). */
export async function ensureLicensingCounterAtLeast(tx: Sql, name: string, value: number): Promise<void> {
  await tx.query(`INSERT INTO licensing_counters (name, last) VALUES ($1, $2)
                  ON CONFLICT (name) DO UPDATE SET last = GREATEST(licensing_counters.last, $2)`, [name, value]);
}

/** LIC-5: who hears of an overdue application — the licensor's officers and (no head role in X-3 yet) the administrators, with an e-mail. */
export async function listLicensingOverdueRecipients(sql: Sql): Promise<{ userId: string; email: string; locale: 'kk' | 'ru'; role: string }[]> {
  const result = await sql.query<{ id: string; email: string; locale: 'kk' | 'ru'; role: string }>(
    `SELECT u.id, u.email, u.locale, r.role FROM users u JOIN user_roles r ON r.user_id = u.id
       LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE NOT u.disabled AND u.email IS NOT NULL
        AND ((r.role = 'licensing_officer' AND o.kind = 'licensor') OR r.role = 'admin')
      ORDER BY r.role, u.id`);
  return result.rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale, role: r.role }));
}
