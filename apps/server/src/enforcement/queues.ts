import type { ProceedingScope, QueueCursor, Sql } from '@oryndau/db';
import { countActsAwaitingApproval, countProceedingsByStatus, listQueuePage } from '@oryndau/db';
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
export function scopeOf(subject: Subject): ProceedingScope {
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

const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
function decodeCursor(cursor: string): QueueCursor {
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
  const debtor = filter.debtor?.trim();
  const zone = ENFORCEMENT_TIME_ZONE;
  const today = localDateOf(now, zone);
  const ascending = filter.sort === 'registeredAt';
  const limit = Math.min(Math.max(filter.limit ?? 25, 1), 100);
  const page = await listQueuePage(sql, {
    scope, status: filter.status ?? QUEUE_STATUS[filter.queue], categoryCode: filter.category || undefined,
    ...(debtor && /^\d{12}$/.test(debtor) ? { debtorIdentifier: debtor } : { debtorNameContains: debtor || undefined }),
    registeredFrom: filter.from ? zonedTimeToInstant(filter.from as IsoDate, "00:00", zone) : undefined,
    registeredBefore: filter.to ? new Date(zonedTimeToInstant(filter.to as IsoDate, "00:00", zone).getTime() + 86_400_000) : undefined,
    nextDueBefore: filter.overdue ? today : undefined,
    after: filter.after ? decodeCursor(filter.after) : undefined,
    ascending, limit,
  });
  const last = page.items[page.items.length - 1];
  return {
    items: page.items.map((r) => ({
      id: r.id, registrationNumber: r.registrationNumber, registeredAt: r.registeredAt.toISOString(), status: r.status,
      category: { code: r.categoryCode, name: categoryName(r.categoryCode) },
      debtor: { name: r.debtorName, identifier: r.debtorIdentifier }, amountTiyn: r.amountTiyn,
      bailiff: r.bailiffId ? { id: r.bailiffId, fullName: r.bailiffName ?? '' } : null,
      nextDueDate: r.nextDueDate, overdue: r.nextDueDate !== null && r.nextDueDate < today, awaitingApproval: r.awaitingApproval,
    })),
    nextCursor: page.hasMore && last ? encodeCursor(last.registeredAt, last.id) : null,
  };
}

/** Counts per queue (and how many are overdue) for the home page and the queue tabs. */
export async function queueCounts(sql: Sql, subject: Subject, now: Date) {
  const queues = queuesOf(subject);
  if (queues.length === 0) return [];
  const scope = scopeOf(subject);
  const today = localDateOf(now, ENFORCEMENT_TIME_ZONE);
  const counts = await countProceedingsByStatus(sql, scope, today);
  const byStatus = new Map(counts.map((r) => [r.status, r]));
  const approvals = queues.includes('forApproval') ? await countApprovals(sql, subject) : 0;
  return queues.map((key) => {
    if (key === 'forApproval') return { key, count: approvals, overdue: 0 };
    const row = byStatus.get(QUEUE_STATUS[key]);
    return { key, count: row?.count ?? 0, overdue: row?.overdue ?? 0 };
  });
}

export async function countApprovals(sql: Sql, subject: Subject): Promise<number> {
  const scope = scopeOf(subject);
  if (!('regionKato' in scope)) return 0;
  return countActsAwaitingApproval(sql, scope.regionKato);
}
