import type { Sql } from '../database';
import type { ApplicantKind, PoaPower, PoaStatus } from './codes';
import { instantOrNull, isUuid } from './codes';

// powers_of_attorney and poa_trustees (FILE-9, SIG-8, §26): `draft` →
// `active` when signed → `revoked` by the principal, at once. "Expired" is
// read from valid_until against the day of filing, not stored. Lock order:
// … duty_payments → powers_of_attorney → journal.

export type PoaTrustee = { iin: string; name: string };

export type PowerOfAttorneyRecord = {
  id: string; number: string; principalKind: ApplicantKind; principalIinBin: string; principalName: string; signerUserId: string;
  powers: PoaPower[]; validFrom: string; validUntil: string; summary: string; appointmentOrderFileId: string | null; status: PoaStatus;
  version: number; signatureId: string | null; signedAt: Date | null; revokedAt: Date | null; createdAt: Date; trustees: PoaTrustee[];
};

type PoaRow = {
  id: string; number: string; principal_kind: ApplicantKind; principal_iin_bin: string; principal_name: string; signer_user_id: string;
  powers: PoaPower[]; valid_from: string; valid_until: string; summary: string; appointment_order_file_id: string | null; status: PoaStatus;
  version: number; signature_id: string | null; signed_at: Date | string | null; revoked_at: Date | string | null; created_at: Date | string;
  trustees: { iin: string; name: string }[] | null;
};

const COLUMNS = `p.id, p.number, p.principal_kind, p.principal_iin_bin, p.principal_name, p.signer_user_id, p.powers,
  p.valid_from::text AS valid_from, p.valid_until::text AS valid_until, p.summary, p.appointment_order_file_id, p.status, p.version,
  p.signature_id, p.signed_at, p.revoked_at, p.created_at,
  (SELECT json_agg(json_build_object('iin', t.trustee_iin, 'name', t.trustee_name) ORDER BY t.trustee_iin)
     FROM poa_trustees t WHERE t.poa_id = p.id) AS trustees`;

const poaOf = (r: PoaRow): PowerOfAttorneyRecord => ({
  id: r.id, number: r.number, principalKind: r.principal_kind, principalIinBin: r.principal_iin_bin, principalName: r.principal_name,
  signerUserId: r.signer_user_id, powers: r.powers, validFrom: r.valid_from, validUntil: r.valid_until, summary: r.summary,
  appointmentOrderFileId: r.appointment_order_file_id, status: r.status, version: Number(r.version), signatureId: r.signature_id,
  signedAt: instantOrNull(r.signed_at), revokedAt: instantOrNull(r.revoked_at), createdAt: new Date(r.created_at), trustees: r.trustees ?? [],
});

export type NewPowerOfAttorney = {
  id: string; number: string; principalKind: ApplicantKind; principalIinBin: string; principalName: string; signerUserId: string;
  powers: readonly PoaPower[]; validFrom: string; validUntil: string; summary: string; appointmentOrderFileId: string | null;
  trustees: readonly PoaTrustee[];
};

/** A new `draft` power of attorney with its trustees. */
export async function insertPowerOfAttorneyDraft(tx: Sql, poa: NewPowerOfAttorney, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO powers_of_attorney (id, number, principal_kind, principal_iin_bin, principal_name, signer_user_id, powers, valid_from,
       valid_until, summary, appointment_order_file_id, status, version, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', 1, $12)`,
    [poa.id, poa.number, poa.principalKind, poa.principalIinBin, poa.principalName, poa.signerUserId, [...poa.powers], poa.validFrom,
      poa.validUntil, poa.summary, poa.appointmentOrderFileId, now.toISOString()]);
  for (const trustee of poa.trustees) {
    await tx.query('INSERT INTO poa_trustees (poa_id, trustee_iin, trustee_name) VALUES ($1, $2, $3)', [poa.id, trustee.iin, trustee.name]);
  }
}

/** One power of attorney with its trustees; `lock` takes its row lock. Null for a missing or malformed id. */
export async function findPowerOfAttorney(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<PowerOfAttorneyRecord | null> {
  if (!isUuid(id)) return null;
  // FOR UPDATE cannot stand beside the trustees' aggregate: lock first, then read.
  if (options.lock) await sql.query('SELECT 1 FROM powers_of_attorney WHERE id = $1 FOR UPDATE', [id]);
  const result = await sql.query<PoaRow>(`SELECT ${COLUMNS} FROM powers_of_attorney p WHERE p.id = $1`, [id]);
  return result.rows[0] ? poaOf(result.rows[0]) : null;
}

/** `draft` → `active` once the principal's signature is verified. False when it is not a draft at `expectedVersion`. */
export async function markPowerOfAttorneySigned(tx: Sql, id: string, expectedVersion: number, signed: { signatureId: string; signedAt: Date })
  : Promise<boolean> {
  const result = await tx.query(
    `UPDATE powers_of_attorney SET status = 'active', version = version + 1, signature_id = $3, signed_at = $4
      WHERE id = $1 AND version = $2 AND status = 'draft'`,
    [id, expectedVersion, signed.signatureId, signed.signedAt.toISOString()]);
  return result.rowCount === 1;
}

/** `active` → `revoked`, effective at once. False when it is not active at `expectedVersion`. */
export async function revokePowerOfAttorney(tx: Sql, id: string, expectedVersion: number, revokedAt: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE powers_of_attorney SET status = 'revoked', version = version + 1, revoked_at = $3
      WHERE id = $1 AND version = $2 AND status = 'active'`,
    [id, expectedVersion, revokedAt.toISOString()]);
  return result.rowCount === 1;
}

/** The powers of attorney a principal (IIN or BIN) gave, newest first. */
export async function listPowersOfAttorneyByPrincipal(sql: Sql, principalIinBin: string): Promise<PowerOfAttorneyRecord[]> {
  const result = await sql.query<PoaRow>(
    `SELECT ${COLUMNS} FROM powers_of_attorney p WHERE p.principal_iin_bin = $1 ORDER BY p.created_at DESC, p.id DESC`, [principalIinBin]);
  return result.rows.map(poaOf);
}

/** «Сенімхаттар» / «Доверенности»: the signed (active or revoked) powers of attorney naming this IIN as a trustee, newest first. */
export async function listPowersOfAttorneyForTrustee(sql: Sql, trusteeIin: string): Promise<PowerOfAttorneyRecord[]> {
  const result = await sql.query<PoaRow>(
    `SELECT ${COLUMNS} FROM powers_of_attorney p
      WHERE p.status <> 'draft' AND EXISTS (SELECT 1 FROM poa_trustees t WHERE t.poa_id = p.id AND t.trustee_iin = $1)
      ORDER BY p.created_at DESC, p.id DESC`, [trusteeIin]);
  return result.rows.map(poaOf);
}

/**
 * The active powers of attorney a principal gave this trustee that are
 * valid on `onDate` ('YYYY-MM-DD', the day of filing — no clock in SQL),
 * newest first. The caller checks the power it needs.
 */
export async function findActivePowersOfAttorney(sql: Sql, principalIinBin: string, trusteeIin: string, onDate: string)
  : Promise<PowerOfAttorneyRecord[]> {
  const result = await sql.query<PoaRow>(
    `SELECT ${COLUMNS} FROM powers_of_attorney p
      WHERE p.principal_iin_bin = $1 AND p.status = 'active' AND p.valid_from <= $3::date AND p.valid_until >= $3::date
        AND EXISTS (SELECT 1 FROM poa_trustees t WHERE t.poa_id = p.id AND t.trustee_iin = $2)
      ORDER BY p.created_at DESC, p.id DESC`, [principalIinBin, trusteeIin, onDate]);
  return result.rows.map(poaOf);
}
