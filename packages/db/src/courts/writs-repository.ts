import type { Sql } from '../database';
import { isUuid } from './codes';

// court_writs and court_writ_statuses (issue 15 item 3, FILE-16): the writ of
// execution and every status enforcement reported. Status changes follow the
// domain's WRIT_TRANSITIONS and are conditional updates on version.
// Lock order: court_cases → court_writs → … → journal.

export type WritRecordStatus = 'draft' | 'signing' | 'signed' | 'sent' | 'registered' | 'refused' | 'taken_for_execution'
  | 'initiation_refused' | 'returned' | 'transferred' | 'suspended' | 'completed';
export type WritHistoryRecordStatus = Exclude<WritRecordStatus, 'draft' | 'signing' | 'signed' | 'sent'>;

export type WritPartyRecord = {
  kind: 'individual' | 'legal_entity'; identifier: string; name: string; regionKato: string; address?: string;
};

export type CourtWritRecord = {
  id: string; caseId: string; actId: string; courtId: string; number: string; status: WritRecordStatus; version: number; externalId: string;
  category: string; addressee: 'state' | 'private'; claimants: WritPartyRecord[]; debtors: WritPartyRecord[]; solidaryLiability: boolean;
  claimEssence: string; amountMinor: number; currency: string; exchangeRate: string | null; exchangeRateDate: string | null;
  issueDate: string; entryIntoForceDate: string; judgeUserId: string; secretaryUserId: string; cardDocumentId: string; actCopyDocumentId: string;
  judgeSignatureId: string | null; secretarySignatureId: string | null; actCopySignatureId: string | null; signedAt: Date | null;
  sentAt: Date | null; proceedingId: string | null; registrationNumber: string | null; registrationDate: string | null; registeredAt: Date | null;
  refusal: unknown; createdBy: string; createdAt: Date; changedAt: Date;
};

type WritRow = {
  id: string; case_id: string; act_id: string; court_id: string; number: string; status: WritRecordStatus; version: number; external_id: string;
  category: string; addressee: 'state' | 'private'; claimants: WritPartyRecord[]; debtors: WritPartyRecord[]; solidary_liability: boolean;
  claim_essence: string; amount_minor: string | number; currency: string; exchange_rate: string | null; exchange_rate_date: string | null;
  issue_date: string; entry_into_force_date: string; judge_user_id: string; secretary_user_id: string; card_document_id: string;
  act_copy_document_id: string; judge_signature_id: string | null; secretary_signature_id: string | null; act_copy_signature_id: string | null;
  signed_at: Date | string | null; sent_at: Date | string | null; proceeding_id: string | null; registration_number: string | null;
  registration_date: string | null; registered_at: Date | string | null; refusal: unknown; created_by: string; created_at: Date | string;
  changed_at: Date | string;
};

const COLUMNS = `w.id, w.case_id, w.act_id, w.court_id, w.number, w.status, w.version, w.external_id, w.category, w.addressee, w.claimants,
  w.debtors, w.solidary_liability, w.claim_essence, w.amount_minor, w.currency, w.exchange_rate, w.exchange_rate_date::text AS exchange_rate_date,
  w.issue_date::text AS issue_date, w.entry_into_force_date::text AS entry_into_force_date, w.judge_user_id, w.secretary_user_id,
  w.card_document_id, w.act_copy_document_id, w.judge_signature_id, w.secretary_signature_id, w.act_copy_signature_id, w.signed_at, w.sent_at,
  w.proceeding_id, w.registration_number, w.registration_date::text AS registration_date, w.registered_at, w.refusal, w.created_by,
  w.created_at, w.changed_at`;

const at = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

const writOf = (r: WritRow): CourtWritRecord => ({
  id: r.id, caseId: r.case_id, actId: r.act_id, courtId: r.court_id, number: r.number, status: r.status, version: Number(r.version),
  externalId: r.external_id, category: r.category, addressee: r.addressee, claimants: r.claimants, debtors: r.debtors,
  solidaryLiability: r.solidary_liability, claimEssence: r.claim_essence, amountMinor: Number(r.amount_minor), currency: r.currency,
  exchangeRate: r.exchange_rate, exchangeRateDate: r.exchange_rate_date, issueDate: r.issue_date, entryIntoForceDate: r.entry_into_force_date,
  judgeUserId: r.judge_user_id, secretaryUserId: r.secretary_user_id, cardDocumentId: r.card_document_id,
  actCopyDocumentId: r.act_copy_document_id, judgeSignatureId: r.judge_signature_id, secretarySignatureId: r.secretary_signature_id,
  actCopySignatureId: r.act_copy_signature_id, signedAt: at(r.signed_at), sentAt: at(r.sent_at), proceedingId: r.proceeding_id,
  registrationNumber: r.registration_number, registrationDate: r.registration_date, registeredAt: at(r.registered_at), refusal: r.refusal,
  createdBy: r.created_by, createdAt: new Date(r.created_at), changedAt: new Date(r.changed_at),
});

export type NewCourtWrit = Pick<CourtWritRecord, 'id' | 'caseId' | 'actId' | 'courtId' | 'number' | 'externalId' | 'category' | 'addressee'
  | 'claimants' | 'debtors' | 'solidaryLiability' | 'claimEssence' | 'amountMinor' | 'currency' | 'exchangeRate' | 'exchangeRateDate'
  | 'issueDate' | 'entryIntoForceDate' | 'judgeUserId' | 'secretaryUserId' | 'cardDocumentId' | 'actCopyDocumentId' | 'createdBy'>;

/** A new writ, `draft` at version 1. A second live writ of the act, or a number taken, fails with a unique violation. */
export async function insertCourtWrit(tx: Sql, w: NewCourtWrit, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO court_writs (id, case_id, act_id, court_id, number, status, version, external_id, category, addressee, claimants, debtors,
       solidary_liability, claim_essence, amount_minor, currency, exchange_rate, exchange_rate_date, issue_date, entry_into_force_date,
       judge_user_id, secretary_user_id, card_document_id, act_copy_document_id, created_by, created_at, changed_at)
     VALUES ($1, $2, $3, $4, $5, 'draft', 1, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
       $24, $24)`,
    [w.id, w.caseId, w.actId, w.courtId, w.number, w.externalId, w.category, w.addressee, JSON.stringify(w.claimants), JSON.stringify(w.debtors),
      w.solidaryLiability, w.claimEssence, w.amountMinor, w.currency, w.exchangeRate, w.exchangeRateDate, w.issueDate, w.entryIntoForceDate,
      w.judgeUserId, w.secretaryUserId, w.cardDocumentId, w.actCopyDocumentId, w.createdBy, now.toISOString()]);
}

async function oneWrit(sql: Sql, where: string, value: string, lock: boolean): Promise<CourtWritRecord | null> {
  const result = await sql.query<WritRow>(`SELECT ${COLUMNS} FROM court_writs w WHERE ${where} = $1${lock ? ' FOR UPDATE' : ''}`, [value]);
  return result.rows[0] ? writOf(result.rows[0]) : null;
}

/** One writ; `lock` takes its row lock. Null for a missing or malformed id. */
export async function findCourtWrit(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<CourtWritRecord | null> {
  return isUuid(id) ? oneWrit(sql, 'w.id', id, options.lock ?? false) : null;
}

/** The writ enforcement knows by this id (the card's externalId). */
export async function findCourtWritByExternalId(sql: Sql, externalId: string, options: { lock?: boolean } = {}): Promise<CourtWritRecord | null> {
  return oneWrit(sql, 'w.external_id', externalId, options.lock ?? false);
}

/** The writ a signed document belongs to — its card or its act's copy — with the part it is. */
export async function findCourtWritOfDocument(sql: Sql, documentId: string, options: { lock?: boolean } = {})
  : Promise<{ writ: CourtWritRecord; part: 'card' | 'act_copy' } | null> {
  if (!isUuid(documentId)) return null;
  const result = await sql.query<WritRow>(
    `SELECT ${COLUMNS} FROM court_writs w WHERE w.card_document_id = $1 OR w.act_copy_document_id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [documentId]);
  const row = result.rows[0];
  if (!row) return null;
  const writ = writOf(row);
  return { writ, part: writ.cardDocumentId === documentId ? 'card' : 'act_copy' };
}

/** The writs of a case, oldest first. */
export async function listCourtWritsOfCase(sql: Sql, caseId: string): Promise<CourtWritRecord[]> {
  if (!isUuid(caseId)) return [];
  const result = await sql.query<WritRow>(`SELECT ${COLUMNS} FROM court_writs w WHERE w.case_id = $1 ORDER BY w.created_at, w.id`, [caseId]);
  return result.rows.map(writOf);
}

/** The act's writ that is not refused, if any (one live writ per act). */
export async function findLiveWritOfAct(sql: Sql, actId: string): Promise<CourtWritRecord | null> {
  const result = await sql.query<WritRow>(`SELECT ${COLUMNS} FROM court_writs w WHERE w.act_id = $1 AND w.status <> 'refused'`, [actId]);
  return result.rows[0] ? writOf(result.rows[0]) : null;
}

/** How many writs the case has had (the next writ's number). */
export async function countCourtWritsOfCase(sql: Sql, caseId: string): Promise<number> {
  const result = await sql.query<{ n: number | string }>('SELECT count(*) AS n FROM court_writs WHERE case_id = $1', [caseId]);
  return Number(result.rows[0]?.n ?? 0);
}

export type WritChange = {
  status: WritRecordStatus;
  judgeSignatureId?: string; secretarySignatureId?: string; actCopySignatureId?: string;
  signedAt?: Date; sentAt?: Date;
  proceedingId?: string; registrationNumber?: string; registrationDate?: string; registeredAt?: Date;
  refusal?: unknown;
};

/**
 * Moves a writ to `change.status` at `expectedVersion` (the domain decided
 * the transition), setting the given fields and keeping the others. False
 * when the writ moved on meanwhile — a lost race the caller reports (409).
 */
export async function saveCourtWrit(tx: Sql, id: string, expectedVersion: number, change: WritChange, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE court_writs SET status = $3, version = version + 1, changed_at = $4,
       judge_signature_id = coalesce($5, judge_signature_id), secretary_signature_id = coalesce($6, secretary_signature_id),
       act_copy_signature_id = coalesce($7, act_copy_signature_id), signed_at = coalesce($8, signed_at), sent_at = coalesce($9, sent_at),
       proceeding_id = coalesce($10, proceeding_id), registration_number = coalesce($11, registration_number),
       registration_date = coalesce($12::date, registration_date), registered_at = coalesce($13, registered_at),
       refusal = coalesce($14::jsonb, refusal)
     WHERE id = $1 AND version = $2`,
    [id, expectedVersion, change.status, now.toISOString(), change.judgeSignatureId ?? null, change.secretarySignatureId ?? null,
      change.actCopySignatureId ?? null, change.signedAt?.toISOString() ?? null, change.sentAt?.toISOString() ?? null,
      change.proceedingId ?? null, change.registrationNumber ?? null, change.registrationDate ?? null, change.registeredAt?.toISOString() ?? null,
      change.refusal === undefined ? null : JSON.stringify(change.refusal)]);
  return result.rowCount === 1;
}

export type CourtWritStatusRecord = {
  id: string; writId: string; eventId: string; position: number; status: WritHistoryRecordStatus; at: Date; receivedAt: Date;
  registrationNumber: string | null; registrationDate: string | null; reason: { kk: string; ru: string } | null; bailiffName: string | null;
  note: string | null;
};

type StatusRow = {
  id: string; writ_id: string; event_id: string; position: number; status: WritHistoryRecordStatus; at: Date | string; received_at: Date | string;
  registration_number: string | null; registration_date: string | null; reason_kk: string | null; reason_ru: string | null;
  bailiff_name: string | null; note: string | null;
};

const statusOf = (r: StatusRow): CourtWritStatusRecord => ({
  id: r.id, writId: r.writ_id, eventId: r.event_id, position: Number(r.position), status: r.status, at: new Date(r.at),
  receivedAt: new Date(r.received_at), registrationNumber: r.registration_number, registrationDate: r.registration_date,
  reason: r.reason_kk === null || r.reason_ru === null ? null : { kk: r.reason_kk, ru: r.reason_ru }, bailiffName: r.bailiff_name, note: r.note,
});

const STATUS_COLUMNS = `id, writ_id, event_id, position, status, at, received_at, registration_number, registration_date::text AS registration_date,
  reason_kk, reason_ru, bailiff_name, note`;

/** The status already recorded under this event id (a repeated delivery), or null. */
export async function findWritStatusByEvent(sql: Sql, eventId: string): Promise<CourtWritStatusRecord | null> {
  const result = await sql.query<StatusRow>(`SELECT ${STATUS_COLUMNS} FROM court_writ_statuses WHERE event_id = $1`, [eventId]);
  return result.rows[0] ? statusOf(result.rows[0]) : null;
}

/** Appends a status after the writ's last one; the caller holds the writ's row lock, so positions follow arrival. */
export async function appendWritStatus(tx: Sql, s: Omit<CourtWritStatusRecord, 'position'>): Promise<number> {
  const next = await tx.query<{ n: number | string }>('SELECT coalesce(max(position), 0) + 1 AS n FROM court_writ_statuses WHERE writ_id = $1',
    [s.writId]);
  const position = Number(next.rows[0]?.n ?? 1);
  await tx.query(
    `INSERT INTO court_writ_statuses (id, writ_id, event_id, position, status, at, received_at, registration_number, registration_date, reason_kk,
       reason_ru, bailiff_name, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [s.id, s.writId, s.eventId, position, s.status, s.at.toISOString(), s.receivedAt.toISOString(), s.registrationNumber, s.registrationDate,
      s.reason?.kk ?? null, s.reason?.ru ?? null, s.bailiffName, s.note]);
  return position;
}

/** Every status of these writs, in the order they arrived. */
export async function listWritStatuses(sql: Sql, writIds: readonly string[]): Promise<CourtWritStatusRecord[]> {
  if (writIds.length === 0) return [];
  const result = await sql.query<StatusRow>(
    `SELECT ${STATUS_COLUMNS} FROM court_writ_statuses WHERE writ_id = ANY($1::uuid[]) ORDER BY writ_id, position`, [writIds]);
  return result.rows.map(statusOf);
}

/** The detached CMS of stored signatures, by id (what the writ submission carries). */
export async function findSignatureCms(sql: Sql, ids: readonly string[]): Promise<Map<string, Uint8Array>> {
  if (ids.length === 0) return new Map();
  const result = await sql.query<{ id: string; cms: Uint8Array }>('SELECT id, cms FROM signatures WHERE id = ANY($1::uuid[])', [ids]);
  return new Map(result.rows.map((r) => [r.id, new Uint8Array(r.cms)]));
}
