import type { Sql } from '@oryndau/db';
import { listCalendarDays } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { EndingKind, Proceeding, ProceedingStatus, SuspensionPeriod } from '@oryndau/domain';
import { createWorkingCalendar } from '@oryndau/kz';
import type { WorkingCalendar } from '@oryndau/kz';

/** A proceedings row as the database gives it. */
export type ProceedingRow = {
  id: string; executive_document_id: string; registration_number: string; department_code: string; region_kato: string;
  time_zone: string; status: ProceedingStatus; version: number; bailiff_id: string | null; category_code: string;
  amount_tiyn: string; debtor_name: string; debtor_identifier: string; registered_at: Date; changed_at: Date;
  initiated_at: Date | null; ended_at: Date | null; ending_kind: EndingKind | null; ground_code: string | null;
  transferred_to: string | null; suspensions: Array<{ from: string; until: string | null; groundCode: string }>;
  next_due_date: string | null; awaiting_approval: number;
};

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

export function proceedingOf(row: ProceedingRow): Proceeding {
  return {
    id: row.id, status: row.status, version: Number(row.version), changedAt: new Date(row.changed_at),
    initiatedAt: date(row.initiated_at), endedAt: date(row.ended_at), endingKind: row.ending_kind, groundCode: row.ground_code,
    suspensions: row.suspensions.map((s): SuspensionPeriod => ({ from: new Date(s.from), until: date(s.until), groundCode: s.groundCode })),
    transferredTo: row.transferred_to,
  };
}

export async function loadProceedingRow(sql: Sql, id: string, lock = false): Promise<ProceedingRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const result = await sql.query<ProceedingRow>(
    `SELECT *, amount_tiyn::text AS amount_tiyn, next_due_date::text AS next_due_date FROM proceedings WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id]);
  return result.rows[0] ?? null;
}

/** The proceeding registered from an electronic writ whose court act is this document (ENF-11), if any. */
export async function proceedingOfCourtAct(sql: Sql, documentId: string): Promise<ProceedingRow | null> {
  const result = await sql.query<ProceedingRow>(
    `SELECT p.*, p.amount_tiyn::text AS amount_tiyn, p.next_due_date::text AS next_due_date
       FROM proceedings p JOIN executive_documents e ON e.id = p.executive_document_id WHERE e.court_act_document_id = $1
      ORDER BY p.registered_at LIMIT 1`, [documentId]);
  return result.rows[0] ?? null;
}

export async function requireProceedingRow(sql: Sql, id: string, lock = false): Promise<ProceedingRow> {
  const row = await loadProceedingRow(sql, id, lock);
  if (!row) throw new DomainError(ErrorCode.notFound);
  return row;
}

/**
 * Persists a decided state with the optimistic lock: the row must still be
 * at `expectedVersion`. Zero rows means another act moved it first (409).
 */
export async function saveProceedingState(sql: Sql, state: Proceeding, expectedVersion: number): Promise<void> {
  const result = await sql.query(
    `UPDATE proceedings SET status = $2, version = $3, changed_at = $4, initiated_at = $5, ended_at = $6, ending_kind = $7,
            ground_code = $8, transferred_to = $9, suspensions = $10::jsonb
      WHERE id = $1 AND version = $11`,
    [state.id, state.status, state.version, state.changedAt.toISOString(), state.initiatedAt?.toISOString() ?? null,
      state.endedAt?.toISOString() ?? null, state.endingKind, state.groundCode, state.transferredTo,
      JSON.stringify(state.suspensions.map((s) => ({ from: s.from.toISOString(), until: s.until?.toISOString() ?? null, groundCode: s.groundCode }))),
      expectedVersion],
  );
  if (result.rowCount !== 1) throw new DomainError(ErrorCode.versionConflict);
}

/** The working-day calendar as amended by the administrator (calendar_days). */
export async function loadWorkingCalendar(sql: Sql): Promise<WorkingCalendar> {
  const days = await listCalendarDays(sql);
  return createWorkingCalendar(days.map((d) => ({ date: d.date, kind: d.kind, ...(d.name ? { name: d.name } : {}) })));
}

/** Keeps proceedings.next_due_date equal to the earliest open task (the overdue filter reads it). */
export async function refreshNextDue(sql: Sql, proceedingId: string): Promise<void> {
  await sql.query(
    `UPDATE proceedings SET next_due_date = (SELECT min(due_date) FROM proceeding_tasks WHERE proceeding_id = $1 AND status = 'open')
      WHERE id = $1`, [proceedingId]);
}

export async function upsertTask(sql: Sql, proceedingId: string, kind: 'initiation' | 'voluntary_execution' | 'execution_term',
  dueDate: string, now: Date): Promise<void> {
  await sql.query(
    `INSERT INTO proceeding_tasks (id, proceeding_id, kind, due_date, status, created_at) VALUES (gen_random_uuid(), $1, $2, $3, 'open', $4)
     ON CONFLICT (proceeding_id, kind) DO UPDATE SET due_date = EXCLUDED.due_date, status = 'open', closed_at = NULL`,
    [proceedingId, kind, dueDate, now.toISOString()]);
}

export async function closeTasks(sql: Sql, proceedingId: string, kinds: readonly string[], status: 'done' | 'cancelled', now: Date) {
  await sql.query(
    `UPDATE proceeding_tasks SET status = $3, closed_at = $4 WHERE proceeding_id = $1 AND kind = ANY($2::text[]) AND status = 'open'`,
    [proceedingId, kinds, status, now.toISOString()]);
}
