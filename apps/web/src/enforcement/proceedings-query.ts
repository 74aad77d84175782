// ENF-2: the filters of the queue list live in the hash's query part
// (`#/enforcement?queue=inExecution&overdue=true`), so a reload or a shared
// link shows the same list. This file converts between that query, the
// form and GET /api/enforcement/proceedings.
import { queueNames, statuses } from '../api/enforcement-types.ts';
import type { ListQueue, ProceedingQuery, QueueName, SortOrder, Status } from '../api/enforcement-types.ts';
import type { RouteQuery } from '../router/hash-router.ts';

export type ListFilters = {
  /** Absent: the page picks the user's first queue. */
  queue?: QueueName;
  status?: Status;
  category?: string;
  /** IIN/BIN (12 digits) or a fragment of the name. */
  debtor?: string;
  /** Registration dates, ISO days, inclusive. */
  from?: string;
  to?: string;
  overdue: boolean;
  sort: SortOrder;
};

export const defaultSort: SortOrder = '-registeredAt';
export const pageSize = 25;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * A debtor search as the server reads it: 12 digits = IIN/BIN, else a name
 * fragment. Spaces people type inside a number (`800101 300006`) are dropped
 * so the number is still recognised as one.
 */
export function normaliseDebtor(text: string | undefined): string | undefined {
  const trimmed = (text ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed === '') return undefined;
  const digits = trimmed.replace(/\s/g, '');
  return /^\d{12}$/.test(digits) ? digits : trimmed;
}

/** The hash query → filters; anything unknown or malformed is ignored rather than sent. */
export function readFilters(query: RouteQuery): ListFilters {
  const filters: ListFilters = { overdue: query['overdue'] === 'true', sort: oneOf(['registeredAt', '-registeredAt'], query['sort']) ?? defaultSort };
  const queue = oneOf(queueNames, query['queue']);
  const status = oneOf(statuses, query['status']);
  const category = query['category']?.trim();
  const debtor = normaliseDebtor(query['debtor']);
  if (queue !== undefined) filters.queue = queue;
  if (status !== undefined) filters.status = status;
  if (category !== undefined && category !== '') filters.category = category;
  if (debtor !== undefined) filters.debtor = debtor;
  if (query['from'] !== undefined && isRealIsoDay(query['from'])) filters.from = query['from'];
  if (query['to'] !== undefined && isRealIsoDay(query['to'])) filters.to = query['to'];
  return filters;
}

/** Filters → the hash query; defaults are left out so links stay short. */
export function filtersToQuery(filters: ListFilters): Partial<RouteQuery> {
  const query: Partial<RouteQuery> = {};
  if (filters.queue !== undefined) query['queue'] = filters.queue;
  if (filters.status !== undefined) query['status'] = filters.status;
  if (filters.category !== undefined) query['category'] = filters.category;
  const debtor = normaliseDebtor(filters.debtor);
  if (debtor !== undefined) query['debtor'] = debtor;
  if (filters.from !== undefined) query['from'] = filters.from;
  if (filters.to !== undefined) query['to'] = filters.to;
  if (filters.overdue) query['overdue'] = 'true';
  if (filters.sort !== defaultSort) query['sort'] = filters.sort;
  return query;
}

/** Filters of one queue → GET /api/enforcement/proceedings; `after` is the keyset cursor of the next page. */
export function toProceedingQuery(queue: ListQueue, filters: ListFilters, after?: string | null): ProceedingQuery {
  const query: ProceedingQuery = { queue, sort: filters.sort, limit: pageSize };
  if (filters.status !== undefined) query.status = filters.status;
  if (filters.category !== undefined) query.category = filters.category;
  const debtor = normaliseDebtor(filters.debtor);
  if (debtor !== undefined) query.debtor = debtor;
  // A range typed backwards is meant the right way round.
  const [from, to] = filters.from !== undefined && filters.to !== undefined && filters.from > filters.to
    ? [filters.to, filters.from] : [filters.from, filters.to];
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  if (filters.overdue) query.overdue = 'true';
  if (after !== undefined && after !== null && after !== '') query.after = after;
  return query;
}

/** A key that changes exactly when the first page must be loaded again. */
export function listKey(queue: ListQueue, filters: ListFilters): string {
  return JSON.stringify(toProceedingQuery(queue, filters));
}
