import { randomUUID } from 'node:crypto';
import { backoffMs } from './backoff';
import type { Database, Sql, Tx } from './database';

export type DeadlineRequest = {
  kind: string;
  subjectType: string;
  subjectId: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
};

export type Deadline = DeadlineRequest & { id: string; attempts: number; payload: Record<string, unknown> };

/** Schedules a deadline in the caller's transaction. */
export async function scheduleDeadline(tx: Sql, request: DeadlineRequest, now: Date): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO deadlines (id, kind, subject_type, subject_id, due_at, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [id, request.kind, request.subjectType, request.subjectId, request.dueAt.toISOString(),
      JSON.stringify(request.payload ?? {}), now.toISOString()],
  );
  return id;
}

/** Cancels the open deadlines of a subject (e.g. the debt was paid in time). */
export async function cancelDeadlines(tx: Sql, subjectType: string, subjectId: string, kind: string, now: Date): Promise<number> {
  const result = await tx.query(
    `UPDATE deadlines SET cancelled_at = $4
      WHERE subject_type = $1 AND subject_id = $2 AND kind = $3 AND fired_at IS NULL AND cancelled_at IS NULL`,
    [subjectType, subjectId, kind, now.toISOString()],
  );
  return result.rowCount;
}

/**
 * Cancels the open deadlines of a subject except `exceptId` — the one firing
 * right now, which its runner marks fired in the same transaction.
 */
export async function cancelOtherDeadlines(
  tx: Sql, subject: { subjectType: string; subjectId: string; kind: string; exceptId: string | null }, now: Date,
): Promise<number> {
  const result = await tx.query(
    `UPDATE deadlines SET cancelled_at = $4 WHERE subject_type = $5 AND subject_id = $1 AND kind = $2
        AND fired_at IS NULL AND cancelled_at IS NULL AND id IS DISTINCT FROM $3`,
    [subject.subjectId, subject.kind, subject.exceptId, now.toISOString(), subject.subjectType],
  );
  return result.rowCount;
}

/**
 * A handler does the deadline's work *inside the claiming transaction*:
 * its changes and the `fired_at` mark commit together, which is what makes
 * a deadline fire exactly once however many workers race for it.
 */
export type DeadlineHandler = (tx: Tx, deadline: Deadline, now: Date) => Promise<void>;

type DeadlineRow = {
  id: string; kind: string; subject_type: string; subject_id: string; due_at: Date;
  payload: Record<string, unknown>; attempts: number;
};

export type DeadlineRunResult = { fired: number; failed: number };

/**
 * Fires due deadlines one transaction each, until none is due or `limit` is
 * reached. Rows another worker holds are skipped, not waited for.
 */
export async function fireDueDeadlines(
  db: Database,
  handlers: Readonly<Record<string, DeadlineHandler>>,
  now: () => Date,
  limit = 100,
  options: { exceptKinds?: readonly string[] } = {},
): Promise<DeadlineRunResult> {
  // Kinds another runner fires (fireDueDeadlinesByChunks) are left to it.
  const except = options.exceptKinds ?? [];
  const exceptSql = except.length ? ` AND kind NOT IN (${except.map((_, i) => `$${i + 2}`).join(', ')})` : '';
  const result: DeadlineRunResult = { fired: 0, failed: 0 };
  for (let i = 0; i < limit; i += 1) {
    const at = now();
    let claimed: DeadlineRow | undefined;
    try {
      const fired = await db.transaction(async (tx) => {
        const rows = await tx.query<DeadlineRow>(
          `SELECT id, kind, subject_type, subject_id, due_at, payload, attempts FROM deadlines
            WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1
              AND (locked_until IS NULL OR locked_until <= $1)${exceptSql}
            ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [at.toISOString(), ...except],
        );
        claimed = rows.rows[0];
        if (!claimed) return false;
        const handler = handlers[claimed.kind];
        if (!handler) throw new Error(`no handler for deadline kind "${claimed.kind}"`);
        await handler(tx, {
          id: claimed.id, kind: claimed.kind, subjectType: claimed.subject_type, subjectId: claimed.subject_id,
          dueAt: new Date(claimed.due_at), payload: claimed.payload ?? {}, attempts: claimed.attempts,
        }, at);
        const marked = await tx.query(
          'UPDATE deadlines SET fired_at = $2, attempts = attempts + 1, locked_until = NULL WHERE id = $1 AND fired_at IS NULL',
          [claimed.id, at.toISOString()],
        );
        if (marked.rowCount !== 1) throw new Error(`deadline ${claimed.id} fired twice`);
        return true;
      });
      if (!fired) break;
      result.fired += 1;
    } catch (error) {
      if (!claimed) throw error;
      // The handler's work rolled back; note the failure and retry later.
      result.failed += 1;
      await db.query(
        `UPDATE deadlines SET attempts = attempts + 1, last_error = $2, locked_until = $3 WHERE id = $1 AND fired_at IS NULL`,
        [claimed.id, String(error instanceof Error ? error.message : error).slice(0, 2000),
          new Date(at.getTime() + backoffMs(claimed.attempts + 1)).toISOString()],
      );
    }
  }
  return result;
}

/**
 * Dev mode only (a browser test cannot wait days): the subject's open
 * deadlines of a kind become due at `at`; the worker then fires them through
 * the same claiming transaction as on their day. The number moved.
 */
export async function devMakeDeadlinesDue(
  tx: Sql, subject: { subjectType: string; subjectId: string; kind: string }, at: Date,
): Promise<number> {
  const result = await tx.query(
    `UPDATE deadlines SET due_at = $4, locked_until = NULL
      WHERE subject_type = $1 AND subject_id = $2 AND kind = $3 AND fired_at IS NULL AND cancelled_at IS NULL AND due_at > $4`,
    [subject.subjectType, subject.subjectId, subject.kind, at.toISOString()],
  );
  return result.rowCount;
}
