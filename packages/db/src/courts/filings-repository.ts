import type { Sql } from '../database';
import type { JsonValue } from '../enforcement/json';
import type { ApplicantKind, AttachmentKind, CaseForm, CaseStatus, FilingService, FilingStatus, Instance, ParticipantCategory, RefusalGround } from './codes';
import { instantOrNull, isUuid, numberOrNull } from './codes';
import type { DutyPaymentRecord } from './duty-payments-repository';
import { listDutyPayments } from './duty-payments-repository';

// filings: an application to a court (FILE-2) from its draft to its
// registration or refusal (FILING_TRANSITIONS). Every change is a
// conditional update on (id, version[, status]): false means another
// transaction moved the filing first — the caller answers 409, never
// overwrites. Lock order: court_counters → filings → court_cases → …

/** A party as the applicant lists it in the form. */
export type FilingParty = { category: ParticipantCategory; kind: ApplicantKind; iinBin: string; name: string; address?: string };

export type FilingRecord = {
  id: string; number: string | null; service: FilingService; status: FilingStatus; version: number;
  courtId: string; instance: Instance; form: CaseForm; category: string | null; targetCaseId: string | null;
  applicantUserId: string; applicantKind: ApplicantKind; applicantIinBin: string; applicantName: string;
  principalKind: ApplicantKind | null; principalIinBin: string | null; principalName: string | null; powerOfAttorneyId: string | null;
  title: string; body: string; claimAmountTiyn: number | null; dutyTiyn: number; dutyBasis: JsonValue;
  parties: FilingParty[]; appendix: string[];
  manifestSha256: string | null; signatureId: string | null; contentHash: string | null;
  receivedAt: Date | null; receiptDate: string | null; registrationDay: string | null;
  registeredAt: Date | null; registeredCaseId: string | null; refusalGround: RefusalGround | null; refusalText: string | null;
  officeUserId: string | null; createdAt: Date; updatedAt: Date;
};

type FilingRow = {
  id: string; number: string | null; service: FilingService; status: FilingStatus; version: number; court_id: string; instance: Instance;
  form: CaseForm; category: string | null; target_case_id: string | null; applicant_user_id: string; applicant_kind: ApplicantKind;
  applicant_iin_bin: string; applicant_name: string; principal_kind: ApplicantKind | null; principal_iin_bin: string | null;
  principal_name: string | null; power_of_attorney_id: string | null; title: string; body: string; claim_amount_tiyn: string | number | null;
  duty_tiyn: string | number; duty_basis: JsonValue; parties: FilingParty[]; appendix: string[]; manifest_sha256: string | null;
  signature_id: string | null; content_hash: string | null; received_at: Date | string | null; receipt_date: string | null;
  registration_day: string | null; registered_at: Date | string | null; registered_case_id: string | null;
  refusal_ground: RefusalGround | null; refusal_text: string | null; office_user_id: string | null; created_at: Date | string;
  updated_at: Date | string;
};

const COLUMNS = `f.id, f.number, f.service, f.status, f.version, f.court_id, f.instance, f.form, f.category, f.target_case_id,
  f.applicant_user_id, f.applicant_kind, f.applicant_iin_bin, f.applicant_name, f.principal_kind, f.principal_iin_bin, f.principal_name,
  f.power_of_attorney_id, f.title, f.body, f.claim_amount_tiyn, f.duty_tiyn, f.duty_basis, f.parties, f.appendix, f.manifest_sha256,
  f.signature_id, f.content_hash, f.received_at, f.receipt_date::text AS receipt_date, f.registration_day::text AS registration_day,
  f.registered_at, f.registered_case_id, f.refusal_ground, f.refusal_text, f.office_user_id, f.created_at, f.updated_at`;

const filingOf = (r: FilingRow): FilingRecord => ({
  id: r.id, number: r.number, service: r.service, status: r.status, version: Number(r.version), courtId: r.court_id, instance: r.instance,
  form: r.form, category: r.category, targetCaseId: r.target_case_id, applicantUserId: r.applicant_user_id, applicantKind: r.applicant_kind,
  applicantIinBin: r.applicant_iin_bin, applicantName: r.applicant_name, principalKind: r.principal_kind, principalIinBin: r.principal_iin_bin,
  principalName: r.principal_name, powerOfAttorneyId: r.power_of_attorney_id, title: r.title, body: r.body,
  claimAmountTiyn: numberOrNull(r.claim_amount_tiyn), dutyTiyn: Number(r.duty_tiyn), dutyBasis: r.duty_basis, parties: r.parties,
  appendix: r.appendix, manifestSha256: r.manifest_sha256, signatureId: r.signature_id, contentHash: r.content_hash,
  receivedAt: instantOrNull(r.received_at), receiptDate: r.receipt_date, registrationDay: r.registration_day,
  registeredAt: instantOrNull(r.registered_at), registeredCaseId: r.registered_case_id, refusalGround: r.refusal_ground,
  refusalText: r.refusal_text, officeUserId: r.office_user_id, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});

/** The fields of the form the applicant edits while the filing is a draft. */
export type FilingDraftFields = {
  courtId: string; instance: Instance; form: CaseForm; category: string | null; targetCaseId: string | null;
  principalKind: ApplicantKind | null; principalIinBin: string | null; principalName: string | null; powerOfAttorneyId: string | null;
  title: string; body: string; claimAmountTiyn: number | null; dutyTiyn: number; dutyBasis: JsonValue;
  parties: readonly FilingParty[]; appendix: readonly string[];
};

export type NewFilingDraft = FilingDraftFields & {
  id: string; service: FilingService; applicantUserId: string; applicantKind: ApplicantKind; applicantIinBin: string; applicantName: string;
};

/** A new filing, `draft` at version 1. */
export async function insertFilingDraft(tx: Sql, draft: NewFilingDraft, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO filings (id, service, status, version, court_id, instance, form, category, target_case_id, applicant_user_id,
       applicant_kind, applicant_iin_bin, applicant_name, principal_kind, principal_iin_bin, principal_name, power_of_attorney_id,
       title, body, claim_amount_tiyn, duty_tiyn, duty_basis, parties, appendix, created_at, updated_at)
     VALUES ($1, $2, 'draft', 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::jsonb, $21::jsonb,
       $22::jsonb, $23, $23)`,
    [draft.id, draft.service, draft.courtId, draft.instance, draft.form, draft.category, draft.targetCaseId, draft.applicantUserId,
      draft.applicantKind, draft.applicantIinBin, draft.applicantName, draft.principalKind, draft.principalIinBin, draft.principalName,
      draft.powerOfAttorneyId, draft.title, draft.body, draft.claimAmountTiyn, draft.dutyTiyn, JSON.stringify(draft.dutyBasis),
      JSON.stringify(draft.parties), JSON.stringify(draft.appendix), now.toISOString()]);
}

/** Which column each draft field is, and how its value is written. */
const DRAFT_COLUMNS: { [K in keyof FilingDraftFields]-?: { column: string; json?: true } } = {
  courtId: { column: 'court_id' }, instance: { column: 'instance' }, form: { column: 'form' }, category: { column: 'category' },
  targetCaseId: { column: 'target_case_id' }, principalKind: { column: 'principal_kind' }, principalIinBin: { column: 'principal_iin_bin' },
  principalName: { column: 'principal_name' }, powerOfAttorneyId: { column: 'power_of_attorney_id' }, title: { column: 'title' },
  body: { column: 'body' }, claimAmountTiyn: { column: 'claim_amount_tiyn' }, dutyTiyn: { column: 'duty_tiyn' },
  dutyBasis: { column: 'duty_basis', json: true }, parties: { column: 'parties', json: true }, appendix: { column: 'appendix', json: true },
};

/**
 * Changes the given fields of a draft at `expectedVersion` (and moves the
 * version). False when the filing is no longer a draft at that version —
 * another tab saved or sent it first.
 */
export async function updateFilingDraft(tx: Sql, id: string, expectedVersion: number, fields: Partial<FilingDraftFields>, now: Date)
  : Promise<boolean> {
  const sets: string[] = [];
  const params: unknown[] = [id, expectedVersion, now.toISOString()];
  for (const key of Object.keys(DRAFT_COLUMNS) as (keyof FilingDraftFields)[]) {
    if (!(key in fields) || fields[key] === undefined) continue;
    const { column, json } = DRAFT_COLUMNS[key];
    params.push(json ? JSON.stringify(fields[key]) : fields[key]);
    sets.push(`${column} = $${params.length}${json ? '::jsonb' : ''}`);
  }
  const result = await tx.query(
    `UPDATE filings SET ${[...sets, 'version = version + 1', 'updated_at = $3'].join(', ')}
      WHERE id = $1 AND version = $2 AND status = 'draft'`, params);
  return result.rowCount === 1;
}

/** One filing; `lock` takes its row lock (FOR UPDATE). Null for a missing or malformed id. */
export async function findFiling(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<FilingRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<FilingRow>(`SELECT ${COLUMNS} FROM filings f WHERE f.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? filingOf(result.rows[0]) : null;
}

/** The filing with its row lock, inside the caller's transaction (after any court counter, before its case). */
export const lockFiling = (tx: Sql, id: string): Promise<FilingRecord | null> => findFiling(tx, id, { lock: true });

export type FilingAttachmentRecord = {
  filingId: string; position: number; title: string; fileId: string;
  file: { sha256: string; sizeBytes: number; kind: AttachmentKind; originalName: string; storageKey: string };
};

export type FilingAttemptRecord = { id: string; filingId: string; at: Date; outcome: 'not_received'; reasons: JsonValue };

export type FilingDetails = {
  filing: FilingRecord; attachments: FilingAttachmentRecord[]; dutyPayments: DutyPaymentRecord[]; attempts: FilingAttemptRecord[];
};

/** A filing with its attachments (in appendix order), duty payments and failed sending attempts. */
export async function getFilingDetails(sql: Sql, id: string): Promise<FilingDetails | null> {
  const filing = await findFiling(sql, id);
  if (!filing) return null;
  return {
    filing,
    attachments: await listFilingAttachments(sql, id),
    dutyPayments: await listDutyPayments(sql, id),
    attempts: await listFilingAttempts(sql, id),
  };
}

export type FilingReceipt = {
  number: string; signatureId: string; manifestSha256: string; contentHash: string;
  receivedAt: Date; receiptDate: string; registrationDay: string;
};

/** `draft` → `received` (FILE-7, FILE-13): numbered, signed, dated. False when it is not a draft at `expectedVersion`. */
export async function markFilingReceived(tx: Sql, id: string, expectedVersion: number, receipt: FilingReceipt): Promise<boolean> {
  const result = await tx.query(
    `UPDATE filings SET status = 'received', version = version + 1, number = $3, signature_id = $4, manifest_sha256 = $5,
            content_hash = $6, received_at = $7, receipt_date = $8, registration_day = $9, updated_at = $7
      WHERE id = $1 AND version = $2 AND status = 'draft'`,
    [id, expectedVersion, receipt.number, receipt.signatureId, receipt.manifestSha256, receipt.contentHash,
      receipt.receivedAt.toISOString(), receipt.receiptDate, receipt.registrationDay]);
  return result.rowCount === 1;
}

/** §30, §33: a sending whose signature failed on arrival — the filing stays a draft, the attempt and its reasons are kept. */
export async function recordFilingAttempt(tx: Sql, attempt: { id: string; filingId: string; at: Date; reasons: JsonValue }): Promise<void> {
  await tx.query(
    `INSERT INTO filing_attempts (id, filing_id, at, outcome, reasons) VALUES ($1, $2, $3, 'not_received', $4::jsonb)`,
    [attempt.id, attempt.filingId, attempt.at.toISOString(), JSON.stringify(attempt.reasons)]);
}

export async function listFilingAttempts(sql: Sql, filingId: string): Promise<FilingAttemptRecord[]> {
  const result = await sql.query<{ id: string; filing_id: string; at: Date | string; reasons: JsonValue }>(
    'SELECT id, filing_id, at, reasons FROM filing_attempts WHERE filing_id = $1 ORDER BY at, id', [filingId]);
  return result.rows.map((r) => ({ id: r.id, filingId: r.filing_id, at: new Date(r.at), outcome: 'not_received', reasons: r.reasons }));
}

/** `received` → `registered` into a case (FILE-11). False when it is not received at `expectedVersion`. */
export async function registerFiling(tx: Sql, id: string, expectedVersion: number,
  registration: { caseId: string; officeUserId: string; registeredAt: Date }): Promise<boolean> {
  const result = await tx.query(
    `UPDATE filings SET status = 'registered', version = version + 1, registered_case_id = $3, office_user_id = $4, registered_at = $5,
            updated_at = $5
      WHERE id = $1 AND version = $2 AND status = 'received'`,
    [id, expectedVersion, registration.caseId, registration.officeUserId, registration.registeredAt.toISOString()]);
  return result.rowCount === 1;
}

/** `received` → `refused` on one of the seven grounds of §37, with the text sent to the applicant. */
export async function refuseFiling(tx: Sql, id: string, expectedVersion: number,
  refusal: { ground: RefusalGround; text: string; officeUserId: string; at: Date }): Promise<boolean> {
  const result = await tx.query(
    `UPDATE filings SET status = 'refused', version = version + 1, refusal_ground = $3, refusal_text = $4, office_user_id = $5, updated_at = $6
      WHERE id = $1 AND version = $2 AND status = 'received'`,
    [id, expectedVersion, refusal.ground, refusal.text, refusal.officeUserId, refusal.at.toISOString()]);
  return result.rowCount === 1;
}

/** `draft` → `withdrawn` by the applicant. */
export async function withdrawFiling(tx: Sql, id: string, expectedVersion: number, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE filings SET status = 'withdrawn', version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2 AND status = 'draft'`,
    [id, expectedVersion, now.toISOString()]);
  return result.rowCount === 1;
}

/**
 * Moves the version of a filing in the given status without changing it
 * (a registered filing's `addDocuments` / `payDuty`, an attachment added to
 * a draft), so a manifest signed over the old contents no longer matches.
 */
export async function bumpFilingVersion(tx: Sql, id: string, expectedVersion: number, status: FilingStatus, now: Date): Promise<boolean> {
  const result = await tx.query(
    'UPDATE filings SET version = version + 1, updated_at = $4 WHERE id = $1 AND version = $2 AND status = $3',
    [id, expectedVersion, status, now.toISOString()]);
  return result.rowCount === 1;
}

export type DuplicateFiling = { id: string; number: string | null; registeredCaseId: string | null; caseNumber: string | null };

/** A registered filing of the same court with the same content hash, other than `excludeFilingId` (§37 "duplicate", item 9). */
export async function findRegisteredDuplicate(sql: Sql, courtId: string, contentHash: string, excludeFilingId: string | null)
  : Promise<DuplicateFiling | null> {
  const result = await sql.query<{ id: string; number: string | null; registered_case_id: string | null; case_number: string | null }>(
    `SELECT f.id, f.number, f.registered_case_id, k.number AS case_number
       FROM filings f LEFT JOIN court_cases k ON k.id = f.registered_case_id
      WHERE f.court_id = $1 AND f.content_hash = $2 AND f.status = 'registered' AND ($3::uuid IS NULL OR f.id <> $3::uuid)
      ORDER BY f.registered_at, f.id LIMIT 1`,
    [courtId, contentHash, excludeFilingId !== null && isUuid(excludeFilingId) ? excludeFilingId : null]);
  const row = result.rows[0];
  return row ? { id: row.id, number: row.number, registeredCaseId: row.registered_case_id, caseNumber: row.case_number } : null;
}

export type MyFilingItem = {
  id: string; number: string | null; service: FilingService; status: FilingStatus; courtId: string; court: { kk: string; ru: string };
  title: string; applicantName: string; principalName: string | null; createdAt: Date; receivedAt: Date | null;
  registrationDay: string | null; refusalGround: RefusalGround | null;
  /** Who filed it (the cabinet user): the reader, or someone filing for them. */
  applicantUserId: string;
  /** The case it was registered into, if any. */
  caseId: string | null; caseNumber: string | null; caseStatus: CaseStatus | null;
};

/**
 * «Менің істерім» / «Мои дела» (FILE-8): the filings a person made, and
 * those made for them (as principal — their IIN, or a legal entity's BIN
 * they act for), newest first.
 */
export async function listMyFilings(sql: Sql, who: { userId: string; iinBins: readonly string[] }, options: { limit?: number } = {})
  : Promise<MyFilingItem[]> {
  const result = await sql.query<{
    id: string; number: string | null; service: FilingService; status: FilingStatus; court_id: string; name_kk: string; name_ru: string;
    title: string; applicant_name: string; principal_name: string | null; created_at: Date | string; received_at: Date | string | null;
    registration_day: string | null; refusal_ground: RefusalGround | null; case_id: string | null; case_number: string | null;
    case_status: CaseStatus | null; applicant_user_id: string;
  }>(
    `SELECT f.id, f.number, f.service, f.status, f.court_id, o.name_kk, o.name_ru, f.title, f.applicant_name, f.principal_name, f.created_at,
            f.applicant_user_id,
            f.received_at, f.registration_day::text AS registration_day, f.refusal_ground, k.id AS case_id, k.number AS case_number,
            k.status AS case_status
       FROM filings f JOIN organisations o ON o.id = f.court_id LEFT JOIN court_cases k ON k.id = f.registered_case_id
      WHERE f.applicant_user_id = $1 OR f.applicant_iin_bin = ANY($2::text[]) OR f.principal_iin_bin = ANY($2::text[])
      ORDER BY f.created_at DESC, f.id DESC LIMIT $3`,
    [who.userId, [...who.iinBins], options.limit ?? 200]);
  return result.rows.map((r) => ({
    id: r.id, number: r.number, service: r.service, status: r.status, courtId: r.court_id, court: { kk: r.name_kk, ru: r.name_ru },
    title: r.title, applicantName: r.applicant_name, principalName: r.principal_name, createdAt: new Date(r.created_at),
    receivedAt: instantOrNull(r.received_at), registrationDay: r.registration_day, refusalGround: r.refusal_ground,
    caseId: r.case_id, caseNumber: r.case_number, caseStatus: r.case_status, applicantUserId: r.applicant_user_id,
  }));
}

export type IncomingFilingItem = {
  id: string; number: string; service: FilingService; form: CaseForm; instance: Instance; category: string | null; title: string;
  applicantName: string; applicantIinBin: string; principalName: string | null; receivedAt: Date; receiptDate: string;
  registrationDay: string; version: number;
  /** The registration day is before `today`: it should have been registered already (FILE-11). */
  overdue: boolean;
};

/**
 * The court office's incoming queue (FILE-11): received filings of a court,
 * by registration day then arrival. `today` is the court's local date
 * ('YYYY-MM-DD', from the caller's clock — none in SQL).
 */
export async function listIncomingFilings(sql: Sql, courtId: string, today: string, options: { limit?: number } = {})
  : Promise<IncomingFilingItem[]> {
  const result = await sql.query<{
    id: string; number: string; service: FilingService; form: CaseForm; instance: Instance; category: string | null; title: string;
    applicant_name: string; applicant_iin_bin: string; principal_name: string | null; received_at: Date | string; receipt_date: string;
    registration_day: string; version: number; overdue: boolean;
  }>(
    `SELECT f.id, f.number, f.service, f.form, f.instance, f.category, f.title, f.applicant_name, f.applicant_iin_bin, f.principal_name,
            f.received_at, f.receipt_date::text AS receipt_date, f.registration_day::text AS registration_day, f.version,
            (f.registration_day < $2::date) AS overdue
       FROM filings f
      WHERE f.court_id = $1 AND f.status = 'received'
      ORDER BY f.registration_day, f.received_at, f.id LIMIT $3`,
    [courtId, today, options.limit ?? 500]);
  return result.rows.map((r) => ({
    id: r.id, number: r.number, service: r.service, form: r.form, instance: r.instance, category: r.category, title: r.title,
    applicantName: r.applicant_name, applicantIinBin: r.applicant_iin_bin, principalName: r.principal_name, receivedAt: new Date(r.received_at),
    receiptDate: r.receipt_date, registrationDay: r.registration_day, version: Number(r.version), overdue: r.overdue === true,
  }));
}

// filing_attachments: the appendix's files, one per listed title (FILE-5).

/** Adds a file at a position of the appendix; a taken position fails with a unique violation (isUniqueViolation). */
export async function addFilingAttachment(tx: Sql, attachment: { filingId: string; position: number; title: string; fileId: string }): Promise<void> {
  await tx.query('INSERT INTO filing_attachments (filing_id, position, title, file_id) VALUES ($1, $2, $3, $4)',
    [attachment.filingId, attachment.position, attachment.title, attachment.fileId]);
}

/** Removes the file at a position; false when there was none. */
export async function removeFilingAttachment(tx: Sql, filingId: string, position: number): Promise<boolean> {
  const result = await tx.query('DELETE FROM filing_attachments WHERE filing_id = $1 AND position = $2', [filingId, position]);
  return result.rowCount === 1;
}

/** The attachments of a filing in appendix order, with what identifies each file. */
export async function listFilingAttachments(sql: Sql, filingId: string): Promise<FilingAttachmentRecord[]> {
  const result = await sql.query<{
    filing_id: string; position: number; title: string; file_id: string; sha256: string; size_bytes: string | number; kind: AttachmentKind;
    original_name: string; storage_key: string;
  }>(
    `SELECT a.filing_id, a.position, a.title, a.file_id, s.sha256, s.size_bytes, s.kind, s.original_name, s.storage_key
       FROM filing_attachments a JOIN stored_files s ON s.id = a.file_id WHERE a.filing_id = $1 ORDER BY a.position`, [filingId]);
  return result.rows.map((r) => ({
    filingId: r.filing_id, position: Number(r.position), title: r.title, fileId: r.file_id,
    file: { sha256: r.sha256, sizeBytes: Number(r.size_bytes), kind: r.kind, originalName: r.original_name, storageKey: r.storage_key },
  }));
}
