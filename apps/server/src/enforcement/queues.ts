import type { Sql } from '@oryndau/db';
import { DomainError, ENFORCEMENT_QUEUES, ErrorCode, can, distribution } from '@oryndau/domain';
import type { EnforcementQueue, ProceedingStatus, Subject } from '@oryndau/domain';
import { localDateOf, zonedTimeToInstant } from '@oryndau/kz';
import type { IsoDate } from '@oryndau/kz';
import { isUuid } from '@oryndau/contracts';
import { ENFORCEMENT_TIME_ZONE } from './register-executive-document';

export const QUEUE_NAMES = ENFORCEMENT_QUEUES;
export type QueueName = EnforcementQueue;

const QUEUE_STATUS: Readonly<Record<Exclude<QueueName, 'forApproval'>, ProceedingStatus>> = {
  incoming: 'registered', notInitiated: 'registered', inExecution: 'initiated', suspended: 'suspended',
  ended: 'ended', transferred: 'transferred', refused: 'refused',
};

/** ENF-2: the lists a subject works from (policies.ts `enforcement.queue.read`), in display order. */
export function queuesOf(subject: Subject): QueueName[] {
  return QUEUE_NAMES.filter((queue) => can(subject, 'enforcement.queue.read', { queue }));
}

/** Whose proceedings a list shows: the bailiff's own, a senior's region, everything for an administrator. */
export function scopeOf(subject: Subject): { bailiffId: string } | { regionKato: string } | { all: true } {
  if (can(subject, 'enforcement.proceedings.list', { scope: 'own' })) return { bailiffId: subject.id };
  if (can(subject, 'enforcement.proceedings.list', { scope: 'region' }) && subject.regionId !== null) return { regionKato: subject.regionId };
  if (can(subject, 'enforcement.proceedings.list', { scope: 'all' })) return { all: true };
  throw new DomainError(ErrorCode.forbidden);
}

export type QueueFilter = {
  queue: Exclude<QueueName, 'forApproval'>; status?: ProceedingStatus | undefined; category?: string | undefined;
  debtor?: string | undefined; from?: string | undefined; to?: string | undefined; overdue?: boolean | undefined;
  sort?: 'registeredAt' | '-registeredAt' | undefined; limit?: number | undefined; after?: string | undefined;
};

type SummaryRow = {
  id: string; registration_number: string; registered_at: Date; status: ProceedingStatus; category_code: string; debtor_name: string;
  debtor_identifier: string; amount_tiyn: string; bailiff_id: string | null; bailiff_name: string | null; next_due_date: string | null;
  awaiting_approval: number;
};

const encodeCursor = (at: Date, id: string) => Buffer.from(`${new Date(at).toISOString()}|${id}`).toString('base64url');
function decodeCursor(cursor: string): { at: string; id: string } {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (Number.isNaN(Date.parse(at)) || !isUuid(id)) throw new DomainError(ErrorCode.validation, { fields: ['after'] });
  return { at, id };
}

const categoryName = (code: string) => distribution.DEFAULT_RULES.rules.find((r) => r.category === code)?.categoryName ?? { kk: code, ru: code };

/**
 * One page of a queue, newest first (or oldest first), by keyset: the page
 * after (registered_at, id) reads the same few index entries whether it is
 * the first page or the ten-thousandth.
 */
export async function listQueue(sql: Sql, subject: Subject, filter: QueueFilter, now: Date) {
  const scope = scopeOf(subject);
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => `$${args.push(v)}`;
  if ('bailiffId' in scope) where.push(`p.bailiff_id = ${arg(scope.bailiffId)}`);
  else if ('regionKato' in scope) where.push(`p.region_kato = ${arg(scope.regionKato)}`);
  where.push(`p.status = ${arg(filter.status ?? QUEUE_STATUS[filter.queue])}`);
  if (filter.category) where.push(`p.category_code = ${arg(filter.category)}`);
  const debtor = filter.debtor?.trim();
  if (debtor && /^\d{12}$/.test(debtor)) {
    where.push(`p.id IN (SELECT proceeding_id FROM proceeding_parties WHERE identifier = ${arg(debtor)} AND role = 'debtor')`);
  } else if (debtor) {
    where.push(`p.debtor_name ILIKE ${arg(`%${debtor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  }
  const zone = ENFORCEMENT_TIME_ZONE;
  if (filter.from) where.push(`p.registered_at >= ${arg(zonedTimeToInstant(filter.from as IsoDate, "00:00", zone).toISOString())}`);
  if (filter.to) where.push(`p.registered_at < ${arg(new Date(zonedTimeToInstant(filter.to as IsoDate, "00:00", zone).getTime() + 86_400_000).toISOString())}`);
  const today = localDateOf(now, zone);
  if (filter.overdue) where.push(`p.next_due_date < ${arg(today)}`);
  const ascending = filter.sort === 'registeredAt';
  if (filter.after) {
    const c = decodeCursor(filter.after);
    where.push(`(p.registered_at, p.id) ${ascending ? '>' : '<'} (${arg(c.at)}::timestamptz, ${arg(c.id)}::uuid)`);
  }
  const limit = Math.min(Math.max(filter.limit ?? 25, 1), 100);
  const order = ascending ? 'ASC' : 'DESC';
  const result = await sql.query<SummaryRow>(
    `SELECT p.id, p.registration_number, p.registered_at, p.status, p.category_code, p.debtor_name, p.debtor_identifier,
            p.amount_tiyn::text AS amount_tiyn, p.bailiff_id, u.full_name AS bailiff_name, p.next_due_date::text AS next_due_date,
            p.awaiting_approval
       FROM proceedings p LEFT JOIN users u ON u.id = p.bailiff_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.registered_at ${order}, p.id ${order}
      LIMIT ${limit + 1}`, args);
  const rows = result.rows.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    items: rows.map((r) => ({
      id: r.id, registrationNumber: r.registration_number, registeredAt: new Date(r.registered_at).toISOString(), status: r.status,
      category: { code: r.category_code, name: categoryName(r.category_code) },
      debtor: { name: r.debtor_name, identifier: r.debtor_identifier }, amountTiyn: r.amount_tiyn,
      bailiff: r.bailiff_id ? { id: r.bailiff_id, fullName: r.bailiff_name ?? '' } : null,
      nextDueDate: r.next_due_date, overdue: r.next_due_date !== null && r.next_due_date < today, awaitingApproval: Number(r.awaiting_approval),
    })),
    nextCursor: result.rows.length > limit && last ? encodeCursor(last.registered_at, last.id) : null,
  };
}

/** Counts per queue (and how many are overdue) for the home page and the queue tabs. */
export async function queueCounts(sql: Sql, subject: Subject, now: Date) {
  const queues = queuesOf(subject);
  if (queues.length === 0) return [];
  const scope = scopeOf(subject);
  const today = localDateOf(now, ENFORCEMENT_TIME_ZONE);
  const [clause, value] = 'bailiffId' in scope ? ['p.bailiff_id = $1', scope.bailiffId]
    : 'regionKato' in scope ? ['p.region_kato = $1', scope.regionKato] : ['$1::text IS NULL', null];
  const counts = await sql.query<{ status: ProceedingStatus; n: string; overdue: string }>(
    `SELECT p.status, count(*) AS n, count(*) FILTER (WHERE p.next_due_date < $2) AS overdue FROM proceedings p WHERE ${clause} GROUP BY p.status`,
    [value, today]);
  const byStatus = new Map(counts.rows.map((r) => [r.status, r]));
  const approvals = queues.includes('forApproval') ? await countApprovals(sql, subject) : 0;
  return queues.map((key) => {
    if (key === 'forApproval') return { key, count: approvals, overdue: 0 };
    const row = byStatus.get(QUEUE_STATUS[key]);
    return { key, count: Number(row?.n ?? 0), overdue: Number(row?.overdue ?? 0) };
  });
}

export async function countApprovals(sql: Sql, subject: Subject): Promise<number> {
  const scope = scopeOf(subject);
  if (!('regionKato' in scope)) return 0;
  const result = await sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM proceeding_acts a JOIN proceedings p ON p.id = a.proceeding_id
      WHERE a.status = 'awaiting_approval' AND p.region_kato = $1`, [scope.regionKato]);
  return Number(result.rows[0]?.n ?? 0);
}
