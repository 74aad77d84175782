import { distribution } from '@oryndau/domain';
import type { EndingKind, Proceeding, ProceedingStatus, SuspensionPeriod } from '@oryndau/domain';
import type { Sql } from '../database';
import { applyBailiffLoadDeltas } from './bailiff-loads-repository';
import { dateOrNull } from './json';

// proceedings: the enforcement aggregate root. Lock order (transaction.ts):
// the proceeding is locked (FOR UPDATE) before its acts, documents, arrests,
// requests and tasks; the journal is appended last by the runner.

/** A suspension as proceedings.suspensions stores it (ISO instants). */
export type StoredSuspension = { from: string; until: string | null; groundCode: string };

type ProceedingRow = {
  id: string; executive_document_id: string; registration_number: string; department_code: string; region_kato: string;
  time_zone: string; status: ProceedingStatus; version: number; bailiff_id: string | null; category_code: string;
  amount_tiyn: string; debtor_name: string; debtor_identifier: string; registered_at: Date; changed_at: Date;
  initiated_at: Date | null; ended_at: Date | null; ending_kind: EndingKind | null; ground_code: string | null;
  transferred_to: string | null; suspensions: StoredSuspension[]; next_due_date: string | null; awaiting_approval: number;
};

export type ProceedingRecord = {
  id: string; executiveDocumentId: string; registrationNumber: string; departmentCode: string; regionKato: string;
  timeZone: string; status: ProceedingStatus; version: number; bailiffId: string | null; categoryCode: string;
  /** bigint as text. */
  amountTiyn: string; debtorName: string; debtorIdentifier: string; registeredAt: Date; changedAt: Date;
  initiatedAt: Date | null; endedAt: Date | null; endingKind: EndingKind | null; groundCode: string | null;
  transferredTo: string | null; suspensions: StoredSuspension[]; nextDueDate: string | null; awaitingApproval: number;
};

const COLUMNS = `p.id, p.executive_document_id, p.registration_number, p.department_code, p.region_kato, p.time_zone, p.status, p.version,
  p.bailiff_id, p.category_code, p.amount_tiyn::text AS amount_tiyn, p.debtor_name, p.debtor_identifier, p.registered_at, p.changed_at,
  p.initiated_at, p.ended_at, p.ending_kind, p.ground_code, p.transferred_to, p.suspensions, p.next_due_date::text AS next_due_date,
  p.awaiting_approval`;

const recordOf = (r: ProceedingRow): ProceedingRecord => ({
  id: r.id, executiveDocumentId: r.executive_document_id, registrationNumber: r.registration_number, departmentCode: r.department_code,
  regionKato: r.region_kato, timeZone: r.time_zone, status: r.status, version: Number(r.version), bailiffId: r.bailiff_id,
  categoryCode: r.category_code, amountTiyn: r.amount_tiyn, debtorName: r.debtor_name, debtorIdentifier: r.debtor_identifier,
  registeredAt: new Date(r.registered_at), changedAt: new Date(r.changed_at), initiatedAt: dateOrNull(r.initiated_at),
  endedAt: dateOrNull(r.ended_at), endingKind: r.ending_kind, groundCode: r.ground_code, transferredTo: r.transferred_to,
  suspensions: r.suspensions, nextDueDate: r.next_due_date, awaitingApproval: Number(r.awaiting_approval),
});

/** The lifecycle state the domain decides on (`decide`). */
export function proceedingStateOf(record: ProceedingRecord): Proceeding {
  return {
    id: record.id, status: record.status, version: record.version, changedAt: record.changedAt, initiatedAt: record.initiatedAt,
    endedAt: record.endedAt, endingKind: record.endingKind, groundCode: record.groundCode,
    suspensions: record.suspensions.map((s): SuspensionPeriod => ({ from: new Date(s.from), until: dateOrNull(s.until), groundCode: s.groundCode })),
    transferredTo: record.transferredTo,
  };
}

/** One proceeding; `lock` takes its row lock (FOR UPDATE) — the first lock of any change to it. Null for a missing id or one that is not a UUID. */
export async function findProceeding(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<ProceedingRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const result = await sql.query<ProceedingRow>(`SELECT ${COLUMNS} FROM proceedings p WHERE p.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** The proceeding registered from an electronic writ whose court act is this document (ENF-11), if any. */
export async function findProceedingOfCourtAct(sql: Sql, documentId: string): Promise<ProceedingRecord | null> {
  const result = await sql.query<ProceedingRow>(
    `SELECT ${COLUMNS} FROM proceedings p JOIN executive_documents e ON e.id = p.executive_document_id WHERE e.court_act_document_id = $1
      ORDER BY p.registered_at LIMIT 1`, [documentId]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

export type NewProceeding = {
  id: string; executiveDocumentId: string; registrationNumber: string; departmentCode: string; regionKato: string; timeZone: string;
  categoryCode: string; amountTiyn: string; debtorName: string; debtorIdentifier: string; registeredAt: Date;
};

/** A new proceeding, `registered` at version 1. */
export async function insertProceeding(tx: Sql, p: NewProceeding): Promise<void> {
  await tx.query(
    `INSERT INTO proceedings (id, executive_document_id, registration_number, department_code, region_kato, time_zone, status, version,
       category_code, amount_tiyn, debtor_name, debtor_identifier, registered_at, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'registered', 1, $7, $8, $9, $10, $11, $11)`,
    [p.id, p.executiveDocumentId, p.registrationNumber, p.departmentCode, p.regionKato, p.timeZone, p.categoryCode, p.amountTiyn,
      p.debtorName, p.debtorIdentifier, p.registeredAt.toISOString()]);
}

/**
 * Persists a decided state with the optimistic lock: the row must still be
 * at `expectedVersion`. False means no row matched — another act moved it
 * first; the caller answers 409, never drops it silently. A status into or
 * out of the load statuses moves the bailiff's load counter in the same
 * transaction (issue 18 item 4; lock order: this proceeding, then the
 * counter — bailiff-loads-repository.ts).
 */
export async function saveProceedingState(tx: Sql, state: Proceeding, expectedVersion: number): Promise<boolean> {
  // The row lock first (the caller usually holds it already): the status and bailiff read here are the ones this update replaces.
  const before = (await tx.query<{ status: ProceedingStatus; bailiff_id: string | null }>(
    'SELECT status, bailiff_id FROM proceedings WHERE id = $1 AND version = $2 FOR UPDATE', [state.id, expectedVersion])).rows[0];
  if (!before) return false;
  const result = await tx.query(
    `UPDATE proceedings SET status = $2, version = $3, changed_at = $4, initiated_at = $5, ended_at = $6, ending_kind = $7,
            ground_code = $8, transferred_to = $9, suspensions = $10::jsonb
      WHERE id = $1 AND version = $11`,
    [state.id, state.status, state.version, state.changedAt.toISOString(), state.initiatedAt?.toISOString() ?? null,
      state.endedAt?.toISOString() ?? null, state.endingKind, state.groundCode, state.transferredTo,
      JSON.stringify(state.suspensions.map((s): StoredSuspension => ({ from: s.from.toISOString(), until: s.until?.toISOString() ?? null, groundCode: s.groundCode }))),
      expectedVersion]);
  if (result.rowCount !== 1) return false;
  await applyBailiffLoadDeltas(tx, distribution.loadDeltas({ status: before.status, bailiffId: before.bailiff_id },
    { status: state.status, bailiffId: before.bailiff_id }));
  return true;
}

/**
 * Moves the version without a state change (a card edit, a reassignment),
 * so a resolution rendered from the old card can no longer be signed. With
 * `changedAt` the change time moves forward too (never backwards).
 */
export async function bumpProceedingVersion(tx: Sql, id: string, changedAt?: Date): Promise<void> {
  if (changedAt) {
    await tx.query('UPDATE proceedings SET version = version + 1, changed_at = greatest(changed_at, $2) WHERE id = $1', [id, changedAt.toISOString()]);
  } else {
    await tx.query('UPDATE proceedings SET version = version + 1 WHERE id = $1', [id]);
  }
}

/** ENF-9: how many of its acts wait for the senior's signature (never below zero). */
export async function adjustAwaitingApproval(tx: Sql, id: string, delta: 1 | -1): Promise<void> {
  await tx.query(
    delta === 1 ? 'UPDATE proceedings SET awaiting_approval = awaiting_approval + 1 WHERE id = $1'
      : 'UPDATE proceedings SET awaiting_approval = greatest(awaiting_approval - 1, 0) WHERE id = $1', [id]);
}

/** Keeps proceedings.next_due_date equal to the earliest open task (the overdue filter reads it). */
export async function refreshNextDue(tx: Sql, proceedingId: string): Promise<void> {
  await tx.query(
    `UPDATE proceedings SET next_due_date = (SELECT min(due_date) FROM proceeding_tasks WHERE proceeding_id = $1 AND status = 'open')
      WHERE id = $1`, [proceedingId]);
}
