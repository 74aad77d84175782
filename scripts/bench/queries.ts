// The statement `listQueue` (apps/server/src/enforcement/queues.ts) sends for
// a bailiff's queue page and for a search by debtor IIN — built by the same
// function (queuePageJsonStatement, packages/db), so EXPLAIN shows the plan
// the endpoint gets (issue 18 item 5: the page written as JSON by PostgreSQL).
import type pg from 'pg';
import { queuePageJsonStatement } from '../../packages/db/src/index';
import type { QueuePageQuery } from '../../packages/db/src/index';
import { QUEUE_CATEGORY_NAMES } from '../../apps/server/src/enforcement/queues';

const LIMIT = 25; // the route's default page (the statement reads one row more to know whether a next page exists)

export type QuerySpec = { title: string; text: string; params: unknown[] };

function spec(title: string, q: QueuePageQuery): QuerySpec {
  const { text, args } = queuePageJsonStatement(q, { today: new Date().toISOString().slice(0, 10), categoryNames: QUEUE_CATEGORY_NAMES });
  return { title, text, params: args };
}

export function queuePageQuery(bailiffId: string, status: string, after?: { at: string; id: string }): QuerySpec {
  return spec(after ? 'queue page (keyset, after a cursor)' : 'queue page (first page)',
    { scope: { bailiffId }, status: status as QueuePageQuery['status'], after, ascending: false, limit: LIMIT });
}

export function debtorSearchQuery(bailiffId: string, status: string, iin: string): QuerySpec {
  return spec('search by debtor IIN',
    { scope: { bailiffId }, status: status as QueuePageQuery['status'], debtorIdentifier: iin, ascending: false, limit: LIMIT });
}

export async function explain(client: pg.Client, spec: QuerySpec): Promise<string> {
  const result = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${spec.text}`, spec.params);
  return (result.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
}

const literal = (value: unknown) => `'${String(value).replace(/'/g, "''")}'`;

/**
 * The plan the same SQL would get as a named prepared statement once
 * PostgreSQL settles on a generic plan (what `plan_cache_mode = auto` does
 * after five executions when the generic plan looks no dearer). The server
 * prepares its statements by name (packages/db postgres.ts), so this is the
 * plan it runs once PostgreSQL has settled on it.
 */
export async function explainGeneric(client: pg.Client, spec: QuerySpec): Promise<string> {
  await client.query('SET plan_cache_mode = force_generic_plan');
  try {
    await client.query(`PREPARE bench_generic AS ${spec.text}`);
    const result = await client.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_generic(${spec.params.map(literal).join(', ')})`);
    return (result.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('DEALLOCATE ALL');
    await client.query('RESET plan_cache_mode');
  }
}
