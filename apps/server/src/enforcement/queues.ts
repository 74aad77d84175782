import type { ProceedingScope, QueueCategoryName, QueueCursor, QueuePageQuery, Sql } from '@oryndau/db';
import { countActsAwaitingApproval, countProceedingsByStatus, listQueuePageJson } from '@oryndau/db';
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

/** The cursor of the page after (registered_at as `Date.toISOString()` writes it, and the id). */
const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');
function decodeCursor(cursor: string): QueueCursor {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (Number.isNaN(Date.parse(at)) || !isUuid(id)) throw new DomainError(ErrorCode.validation, { fields: ['after'] });
  return { at, id };
}

/** The categories' names the page shows (the distribution rules' data), for the statement that writes the page. */
export const QUEUE_CATEGORY_NAMES: readonly QueueCategoryName[] = distribution.DEFAULT_RULES.rules.map((r) => ({ code: r.category, name: r.categoryName }));

/** The repository's query for a page of a queue: scope by policy, the filters, the keyset position. */
export function queuePageQuery(subject: Subject, filter: QueueFilter, now: Date): { query: QueuePageQuery; today: IsoDate } {
  const scope = scopeOf(subject);
  const debtor = filter.debtor?.trim();
  const zone = ENFORCEMENT_TIME_ZONE;
  const today = localDateOf(now, zone);
  const limit = Math.min(Math.max(filter.limit ?? 25, 1), 100);
  return {
    query: {
      scope, status: filter.status ?? QUEUE_STATUS[filter.queue], categoryCode: filter.category || undefined,
      ...(debtor && /^\d{12}$/.test(debtor) ? { debtorIdentifier: debtor } : { debtorNameContains: debtor || undefined }),
      registeredFrom: filter.from ? zonedTimeToInstant(filter.from as IsoDate, "00:00", zone) : undefined,
      registeredBefore: filter.to ? new Date(zonedTimeToInstant(filter.to as IsoDate, "00:00", zone).getTime() + 86_400_000) : undefined,
      nextDueBefore: filter.overdue ? today : undefined,
      after: filter.after ? decodeCursor(filter.after) : undefined,
      ascending: filter.sort === 'registeredAt', limit,
    },
    today,
  };
}

/**
 * One page of a queue, newest first (or oldest first), by keyset: the page
 * after (registered_at, id) reads the same few index entries whether it is
 * the first page or the ten-thousandth. Issue 18 item 5: the answer is the
 * response's JSON text (proceedingPageSchema), written by PostgreSQL
 * (listQueuePageJson) — the server parses no row and serialises nothing;
 * queue-page-json.int.test.ts holds it to the schema and to the typed rows.
 */
export async function listQueue(sql: Sql, subject: Subject, filter: QueueFilter, now: Date): Promise<{ json: string }> {
  const { query, today } = queuePageQuery(subject, filter, now);
  const page = await listQueuePageJson(sql, query, { today, categoryNames: QUEUE_CATEGORY_NAMES });
  const nextCursor = page.next ? JSON.stringify(encodeCursor(page.next.at, page.next.id)) : 'null';
  return { json: `{"items":${page.itemsJson},"nextCursor":${nextCursor}}` };
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
