import type { Sql } from '../database';
import { instantOrNull, isUuid } from '../courts/codes';

// LIC-8: the licence register and its acts. Lock order: licensing_applications
// → licences → licensing_counters → journal.

export type LicenceStatusCode = 'valid' | 'suspended' | 'terminated' | 'replaced';

export type LicenceRecord = {
  id: string; number: string; licenseeIin: string; licenseeName: string; regionKato: string; issuedOn: string; status: LicenceStatusCode;
  statusSince: string | null; applicationId: string | null; replacesId: string | null; documentId: string | null; signatureId: string | null;
  version: number;
};

type Row = {
  id: string; number: string; licensee_iin: string; licensee_name: string; region_kato: string; issued_on: string; status: LicenceStatusCode;
  status_since: string | null; application_id: string | null; replaces_id: string | null; document_id: string | null; signature_id: string | null;
  version: number;
};

const COLUMNS = `id, number, licensee_iin, licensee_name, region_kato, issued_on::text AS issued_on, status, status_since::text AS status_since,
  application_id, replaces_id, document_id, signature_id, version`;

const recordOf = (r: Row): LicenceRecord => ({
  id: r.id, number: r.number, licenseeIin: r.licensee_iin, licenseeName: r.licensee_name, regionKato: r.region_kato, issuedOn: r.issued_on,
  status: r.status, statusSince: r.status_since, applicationId: r.application_id, replacesId: r.replaces_id, documentId: r.document_id,
  signatureId: r.signature_id, version: Number(r.version),
});

export async function insertLicence(tx: Sql, l: Omit<LicenceRecord, 'version' | 'status' | 'statusSince'>): Promise<void> {
  await tx.query(
    `INSERT INTO licences (id, number, licensee_iin, licensee_name, region_kato, issued_on, status, application_id, replaces_id, document_id, signature_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'valid', $7, $8, $9, $10)`,
    [l.id, l.number, l.licenseeIin, l.licenseeName, l.regionKato, l.issuedOn, l.applicationId, l.replacesId, l.documentId, l.signatureId]);
}

export async function findLicence(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<LicenceRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM licences WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

export async function findLicenceByNumber(sql: Sql, number: string): Promise<LicenceRecord | null> {
  const result = await sql.query<Row>(`SELECT ${COLUMNS} FROM licences WHERE number = $1`, [number]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** The person's current licence (not replaced), the newest. */
export async function findCurrentLicenceOfIin(sql: Sql, iin: string): Promise<LicenceRecord | null> {
  const result = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM licences WHERE licensee_iin = $1 AND status <> 'replaced' ORDER BY issued_on DESC, number DESC LIMIT 1`, [iin]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** Changes the status if the licence is still at `version`; false: lost race. */
export async function setLicenceStatus(tx: Sql, id: string, version: number, status: LicenceStatusCode, since: string | null): Promise<boolean> {
  const result = await tx.query('UPDATE licences SET status = $3, status_since = $4, version = version + 1 WHERE id = $1 AND version = $2',
    [id, version, status, since]);
  return result.rowCount === 1;
}

export type RegisterFilter = { iin?: string; name?: string; number?: string; regionKato?: string; status?: LicenceStatusCode };

/** LIC-8: the register searched by licensee IIN, name (part, any case), number, region and status; by number; at most `limit`. */
export async function searchLicences(sql: Sql, f: RegisterFilter, limit = 1000): Promise<LicenceRecord[]> {
  const result = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM licences
      WHERE ($1::text IS NULL OR licensee_iin = $1) AND ($2::text IS NULL OR lower(licensee_name) LIKE '%' || lower($2) || '%')
        AND ($3::text IS NULL OR number = $3) AND ($4::text IS NULL OR region_kato = $4) AND ($5::text IS NULL OR status = $5)
      ORDER BY number LIMIT $6`,
    [f.iin ?? null, f.name ?? null, f.number ?? null, f.regionKato ?? null, f.status ?? null, limit]);
  return result.rows.map(recordOf);
}

export type RegisterActCode = 'issued' | 'reissued' | 'duplicate_issued' | 'suspended' | 'resumed' | 'terminated';

export type RegisterActRecord = {
  id: string; licenceId: string; act: RegisterActCode; ground: string | null; groundText: string | null; effectiveOn: string;
  status: 'draft' | 'signed'; documentId: string | null; signatureId: string | null; createdAt: Date; createdBy: string | null; signedAt: Date | null;
};

type ActRow = {
  id: string; licence_id: string; act: RegisterActCode; ground: string | null; ground_text: string | null; effective_on: string;
  status: 'draft' | 'signed'; document_id: string | null; signature_id: string | null; created_at: Date | string; created_by: string | null;
  signed_at: Date | string | null;
};

const ACT_COLUMNS = `id, licence_id, act, ground, ground_text, effective_on::text AS effective_on, status, document_id, signature_id,
  created_at, created_by, signed_at`;

const actOf = (r: ActRow): RegisterActRecord => ({
  id: r.id, licenceId: r.licence_id, act: r.act, ground: r.ground, groundText: r.ground_text, effectiveOn: r.effective_on, status: r.status,
  documentId: r.document_id, signatureId: r.signature_id, createdAt: new Date(r.created_at), createdBy: r.created_by, signedAt: instantOrNull(r.signed_at),
});

export async function insertRegisterAct(tx: Sql, a: Omit<RegisterActRecord, 'signedAt'>): Promise<void> {
  await tx.query(
    `INSERT INTO licence_register_acts (id, licence_id, act, ground, ground_text, effective_on, status, document_id, signature_id, created_at,
       created_by, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $7 = 'signed' THEN $10::timestamptz END)`,
    [a.id, a.licenceId, a.act, a.ground, a.groundText, a.effectiveOn, a.status, a.documentId, a.signatureId, a.createdAt.toISOString(), a.createdBy]);
}

export async function findRegisterActByDocument(sql: Sql, documentId: string): Promise<RegisterActRecord | null> {
  const result = await sql.query<ActRow>(`SELECT ${ACT_COLUMNS} FROM licence_register_acts WHERE document_id = $1`, [documentId]);
  return result.rows[0] ? actOf(result.rows[0]) : null;
}

export async function markRegisterActSigned(tx: Sql, id: string, signatureId: string, at: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE licence_register_acts SET status = 'signed', signature_id = $2, signed_at = $3 WHERE id = $1 AND status = 'draft'`,
    [id, signatureId, at.toISOString()]);
  return result.rowCount === 1;
}

export async function listRegisterActs(sql: Sql, licenceId: string): Promise<RegisterActRecord[]> {
  const result = await sql.query<ActRow>(`SELECT ${ACT_COLUMNS} FROM licence_register_acts WHERE licence_id = $1 ORDER BY created_at, id`, [licenceId]);
  return result.rows.map(actOf);
}

/** LIC-8, ENF-12: open proceedings of the bailiff whose user has this IIN (for the senior bailiff to reassign). */
export async function listOpenProceedingsOfIin(sql: Sql, iin: string): Promise<{ id: string; number: string | null; regionKato: string; status: string }[]> {
  const result = await sql.query<{ id: string; number: string | null; region_kato: string; status: string }>(
    `SELECT p.id, p.registration_number AS number, p.region_kato, p.status
       FROM proceedings p JOIN users u ON u.id = p.bailiff_id
      WHERE u.iin = $1 AND p.status IN ('registered', 'initiated', 'suspended') ORDER BY p.registration_number, p.id`, [iin]);
  return result.rows.map((r) => ({ id: r.id, number: r.number, regionKato: r.region_kato, status: r.status }));
}

/** The first valid signature of a document: the signer's name and when it was checked. */
export async function findSignerOfDocument(sql: Sql, documentId: string): Promise<{ name: string; at: Date } | null> {
  const result = await sql.query<{ signer_name: string | null; checked_at: Date | string }>(
    'SELECT signer_name, checked_at FROM signatures WHERE document_id = $1 AND valid ORDER BY checked_at LIMIT 1', [documentId]);
  const row = result.rows[0];
  return row ? { name: row.signer_name ?? '', at: new Date(row.checked_at) } : null;
}
