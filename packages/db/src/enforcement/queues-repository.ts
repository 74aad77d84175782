import type { ProceedingStatus } from '@oryndau/domain';
import type { Sql } from '../database';

/** Whose proceedings a list shows: one bailiff's, one region's, or all. */
export type ProceedingScope = { bailiffId: string } | { regionKato: string } | { all: true };

/** A keyset position: the last (registered_at, id) of the page before. */
export type QueueCursor = { at: string; id: string };

export type QueuePageQuery = {
  scope: ProceedingScope;
  status: ProceedingStatus;
  categoryCode?: string | undefined;
  /** A debtor's IIN/BIN (any debtor of the proceeding). */
  debtorIdentifier?: string | undefined;
  /** Part of the first debtor's name, matched literally and case-insensitively. */
  debtorNameContains?: string | undefined;
  registeredFrom?: Date | undefined;
  registeredBefore?: Date | undefined;
  /** Only proceedings whose next open task is due before this date (overdue). */
  nextDueBefore?: string | undefined;
  after?: QueueCursor | undefined;
  ascending: boolean;
  /** 1…100. */
  limit: number;
};

export type QueueItemRecord = {
  id: string; registrationNumber: string; registeredAt: Date; status: ProceedingStatus; categoryCode: string; debtorName: string;
  debtorIdentifier: string; amountTiyn: string; bailiffId: string | null; bailiffName: string | null; nextDueDate: string | null;
  awaitingApproval: number;
};

type QueueRow = {
  id: string; registration_number: string; registered_at: Date; status: ProceedingStatus; category_code: string; debtor_name: string;
  debtor_identifier: string; amount_tiyn: string; bailiff_id: string | null; bailiff_name: string | null; next_due_date: string | null;
  awaiting_approval: number;
};

/** LIKE's wildcards and escape character taken literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * ENF-2: one page of a queue by keyset: the page after (registered_at, id)
 * reads the same few index entries whether it is the first page or the
 * ten-thousandth. `hasMore` says whether a row follows the page's last.
 */
export async function listQueuePage(sql: Sql, q: QueuePageQuery): Promise<{ items: QueueItemRecord[]; hasMore: boolean }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => `$${args.push(v)}`;
  if ('bailiffId' in q.scope) where.push(`p.bailiff_id = ${arg(q.scope.bailiffId)}`);
  else if ('regionKato' in q.scope) where.push(`p.region_kato = ${arg(q.scope.regionKato)}`);
  where.push(`p.status = ${arg(q.status)}`);
  if (q.categoryCode) where.push(`p.category_code = ${arg(q.categoryCode)}`);
  if (q.debtorIdentifier) {
    // The debtor's few proceedings first, by their ids (an InitPlan, then the primary key): the form PostgreSQL also
    // plans well as a prepared statement's generic plan — `IN (subquery)` was planned afresh on every search (custom
    // plans, 0.3 ms of planning each) or walked the bailiff's whole queue (bench:enforcement, docs/scaling.md).
    where.push(`p.id = ANY(ARRAY(SELECT proceeding_id FROM proceeding_parties WHERE identifier = ${arg(q.debtorIdentifier)} AND role = 'debtor'))`);
  } else if (q.debtorNameContains) {
    where.push(`p.debtor_name ILIKE ${arg(`%${likeLiteral(q.debtorNameContains)}%`)}`);
  }
  if (q.registeredFrom) where.push(`p.registered_at >= ${arg(q.registeredFrom.toISOString())}`);
  if (q.registeredBefore) where.push(`p.registered_at < ${arg(q.registeredBefore.toISOString())}`);
  if (q.nextDueBefore) where.push(`p.next_due_date < ${arg(q.nextDueBefore)}`);
  if (q.after) where.push(`(p.registered_at, p.id) ${q.ascending ? '>' : '<'} (${arg(q.after.at)}::timestamptz, ${arg(q.after.id)}::uuid)`);
  const limit = Math.min(Math.max(Math.trunc(q.limit), 1), 100);
  const order = q.ascending ? 'ASC' : 'DESC';
  const result = await sql.query<QueueRow>(
    `SELECT p.id, p.registration_number, p.registered_at, p.status, p.category_code, p.debtor_name, p.debtor_identifier,
            p.amount_tiyn::text AS amount_tiyn, p.bailiff_id, u.full_name AS bailiff_name, p.next_due_date::text AS next_due_date,
            p.awaiting_approval
       FROM proceedings p LEFT JOIN users u ON u.id = p.bailiff_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.registered_at ${order}, p.id ${order}
      LIMIT ${limit + 1}`, args);
  return {
    items: result.rows.slice(0, limit).map((r) => ({
      id: r.id, registrationNumber: r.registration_number, registeredAt: new Date(r.registered_at), status: r.status,
      categoryCode: r.category_code, debtorName: r.debtor_name, debtorIdentifier: r.debtor_identifier, amountTiyn: r.amount_tiyn,
      bailiffId: r.bailiff_id, bailiffName: r.bailiff_name, nextDueDate: r.next_due_date, awaitingApproval: Number(r.awaiting_approval),
    })),
    hasMore: result.rows.length > limit,
  };
}

export type StatusCount = { status: ProceedingStatus; count: number; overdue: number };

/** Proceedings in scope per status, and how many of them have a task due before `today`. */
export async function countProceedingsByStatus(sql: Sql, scope: ProceedingScope, today: string): Promise<StatusCount[]> {
  const [clause, value] = 'bailiffId' in scope ? ['p.bailiff_id = $1', scope.bailiffId]
    : 'regionKato' in scope ? ['p.region_kato = $1', scope.regionKato] : ['$1::text IS NULL', null];
  const counts = await sql.query<{ status: ProceedingStatus; n: string; overdue: string }>(
    `SELECT p.status, count(*) AS n, count(*) FILTER (WHERE p.next_due_date < $2) AS overdue FROM proceedings p WHERE ${clause} GROUP BY p.status`,
    [value, today]);
  return counts.rows.map((r) => ({ status: r.status, count: Number(r.n), overdue: Number(r.overdue) }));
}
