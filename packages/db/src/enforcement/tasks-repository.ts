import type { Sql } from '../database';

export type TaskKind = 'initiation' | 'voluntary_execution' | 'execution_term' | 'approval';
export type TaskStatus = 'open' | 'done' | 'cancelled';
export type TaskRecord = { kind: TaskKind; dueDate: string; status: TaskStatus };

/** Opens (or reopens with a new due date) the proceeding's task of this kind. */
export async function upsertTask(tx: Sql, proceedingId: string, kind: Exclude<TaskKind, 'approval'>, dueDate: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO proceeding_tasks (id, proceeding_id, kind, due_date, status, created_at) VALUES (gen_random_uuid(), $1, $2, $3, 'open', $4)
     ON CONFLICT (proceeding_id, kind) DO UPDATE SET due_date = EXCLUDED.due_date, status = 'open', closed_at = NULL`,
    [proceedingId, kind, dueDate, now.toISOString()]);
}

/** Closes the open tasks of these kinds. */
export async function closeTasks(tx: Sql, proceedingId: string, kinds: readonly TaskKind[], status: 'done' | 'cancelled', now: Date): Promise<void> {
  await tx.query(
    `UPDATE proceeding_tasks SET status = $3, closed_at = $4 WHERE proceeding_id = $1 AND kind = ANY($2::text[]) AND status = 'open'`,
    [proceedingId, kinds, status, now.toISOString()]);
}

type TaskRow = { kind: TaskKind; due_date: string; status: TaskStatus };

export async function listTasks(sql: Sql, proceedingId: string): Promise<TaskRecord[]> {
  const result = await sql.query<TaskRow>(
    'SELECT kind, due_date::text AS due_date, status FROM proceeding_tasks WHERE proceeding_id = $1 ORDER BY due_date', [proceedingId]);
  return result.rows.map((t) => ({ kind: t.kind, dueDate: t.due_date, status: t.status }));
}
