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

/** The WHERE clause of a queue page and its parameters (shared by the two forms of the page below). */
function queueWhere(q: QueuePageQuery): { where: string; args: unknown[]; arg: (v: unknown) => string } {
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
  return { where: where.join(' AND '), args, arg };
}

const pageLimit = (q: QueuePageQuery) => Math.min(Math.max(Math.trunc(q.limit), 1), 100);

/**
 * ENF-2: one page of a queue by keyset: the page after (registered_at, id)
 * reads the same few index entries whether it is the first page or the
 * ten-thousandth. `hasMore` says whether a row follows the page's last.
 * The typed form (the route sends listQueuePageJson's text; this is the
 * reference its test compares that text with).
 */
export async function listQueuePage(sql: Sql, q: QueuePageQuery): Promise<{ items: QueueItemRecord[]; hasMore: boolean }> {
  const { where, args } = queueWhere(q);
  const limit = pageLimit(q);
  const order = q.ascending ? 'ASC' : 'DESC';
  const result = await sql.query<QueueRow>(
    `SELECT p.id, p.registration_number, p.registered_at, p.status, p.category_code, p.debtor_name, p.debtor_identifier,
            p.amount_tiyn::text AS amount_tiyn, p.bailiff_id, u.full_name AS bailiff_name, p.next_due_date::text AS next_due_date,
            p.awaiting_approval
       FROM proceedings p LEFT JOIN users u ON u.id = p.bailiff_id
      WHERE ${where}
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

/** A category's name as a person reads it (the distribution rules' data, not a table). */
export type QueueCategoryName = { code: string; name: { kk: string; ru: string } };

export type QueuePageJson = {
  /** The page's items as one JSON array text, in the response's shape (GET /api/enforcement/proceedings). */
  itemsJson: string;
  /** The page's last row (registered_at as `Date.toISOString()` writes it) when another row follows it; null on the last page. */
  next: QueueCursor | null;
};

const sqlLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `CASE` of category code → name (a JSON literal, the key order of the response), built once per set of names. */
const categoryCases = new WeakMap<readonly QueueCategoryName[], string>();
function categoryNameSql(names: readonly QueueCategoryName[]): string {
  let text = categoryCases.get(names);
  if (text === undefined) {
    // An unknown code is its own name in both languages (as the server did before the page was built here).
    const otherwise = '(SELECT row_to_json(f) FROM (SELECT q.category_code AS kk, q.category_code AS ru) f)';
    text = names.length === 0 ? otherwise
      : `CASE q.category_code ${names.map((n) => `WHEN ${sqlLiteral(n.code)} THEN ${sqlLiteral(JSON.stringify({ kk: n.name.kk, ru: n.name.ru }))}::json`).join(' ')} ELSE ${otherwise} END`;
    categoryCases.set(names, text);
  }
  return text;
}

/**
 * Issue 18 item 5: the same page as listQueuePage, built by PostgreSQL as
 * the response's JSON text (field names, order and formats exactly as the
 * route's serialiser wrote them from listQueuePage's rows: registeredAt as
 * `toISOString()` — UTC, milliseconds cut, not rounded, like `pg`'s parse —
 * money and dates as text, `overdue` against `today`), so the server parses
 * nothing per row and serialises nothing. One statement, always one row
 * (an empty page too: a session checked in it, sessionGuardedSql, is
 * always read). row_to_json writes no spaces, unlike json_build_object.
 */
export async function listQueuePageJson(sql: Sql, q: QueuePageQuery, page: QueuePageJsonOptions): Promise<QueuePageJson> {
  const { text, args } = queuePageJsonStatement(q, page);
  const result = await sql.query<{ items: string; last_at: string | null; last_id: string | null }>(text, args);
  const row = result.rows[0];
  return {
    itemsJson: row?.items ?? '[]',
    next: row?.last_at && row.last_id ? { at: row.last_at, id: row.last_id } : null,
  };
}

export type QueuePageJsonOptions = { today: string; categoryNames: readonly QueueCategoryName[] };

/** listQueuePageJson's statement and parameters (also what bench:enforcement EXPLAINs). */
export function queuePageJsonStatement(q: QueuePageQuery, page: QueuePageJsonOptions): { text: string; args: unknown[] } {
  const { where, args, arg } = queueWhere(q);
  const limit = pageLimit(q);
  const order = q.ascending ? 'ASC' : 'DESC';
  const today = arg(page.today);
  // The same text object for the same shape of page (bench:enforcement's profile): a fresh ≈ 4 KB text per request
  // was flattened and hashed again by every Map keyed by it (the prepared statements' names, sessionGuardedSql).
  let texts = statementTexts.get(page.categoryNames);
  if (!texts) statementTexts.set(page.categoryNames, texts = new Map());
  const key = `${where}|${order}|${limit}|${today}`;
  const known = texts.get(key);
  if (known !== undefined) return { text: known, args };
  const text =
    `SELECT '[' || coalesce(string_agg(row_to_json(i)::text, ',' ORDER BY q.n) FILTER (WHERE q.n <= ${limit}), '') || ']' AS items,
            max(i."registeredAt") FILTER (WHERE q.n = ${limit} AND q.more) AS last_at,
            max(i.id::text) FILTER (WHERE q.n = ${limit} AND q.more) AS last_id
       FROM (SELECT p.id, p.registration_number, p.registered_at, p.status, p.category_code, p.debtor_name, p.debtor_identifier,
                    p.amount_tiyn, p.bailiff_id, u.full_name AS bailiff_name, p.next_due_date, p.awaiting_approval,
                    row_number() OVER (ORDER BY p.registered_at ${order}, p.id ${order}) AS n,
                    count(*) OVER () > ${limit} AS more
               FROM (SELECT p.* FROM proceedings p WHERE ${where} ORDER BY p.registered_at ${order}, p.id ${order} LIMIT ${limit + 1}) p
               LEFT JOIN users u ON u.id = p.bailiff_id) q
      CROSS JOIN LATERAL (SELECT q.id, q.registration_number AS "registrationNumber",
                    to_char(q.registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "registeredAt", q.status,
                    (SELECT row_to_json(c) FROM (SELECT q.category_code AS code, ${categoryNameSql(page.categoryNames)} AS name) c) AS category,
                    (SELECT row_to_json(d) FROM (SELECT q.debtor_name AS name, q.debtor_identifier AS identifier) d) AS debtor,
                    q.amount_tiyn::text AS "amountTiyn",
                    CASE WHEN q.bailiff_id IS NULL THEN NULL
                         ELSE (SELECT row_to_json(b) FROM (SELECT q.bailiff_id AS id, coalesce(q.bailiff_name, '') AS "fullName") b) END AS bailiff,
                    q.next_due_date::text AS "nextDueDate", coalesce(q.next_due_date < ${today}::date, false) AS overdue,
                    q.awaiting_approval AS "awaitingApproval") i`;
  if (texts.size < STATEMENT_TEXTS_MAX) texts.set(key, text);
  return { text, args };
}

/** The shapes of page kept (filters present, order, limit: a few dozen in practice). */
const STATEMENT_TEXTS_MAX = 1000;
const statementTexts = new WeakMap<readonly QueueCategoryName[], Map<string, string>>();

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
