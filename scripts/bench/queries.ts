// The SQL `listQueue` (apps/server/src/enforcement/queues.ts) sends for a
// bailiff's queue page and for a search by debtor IIN, reproduced with the
// same text shape and parameters so EXPLAIN shows the plan the endpoint gets.
// Keep in step with queues.ts when it changes.
import type pg from 'pg';

const SELECT = `SELECT p.id, p.registration_number, p.registered_at, p.status, p.category_code, p.debtor_name, p.debtor_identifier,
            p.amount_tiyn::text AS amount_tiyn, p.bailiff_id, u.full_name AS bailiff_name, p.next_due_date::text AS next_due_date,
            p.awaiting_approval
       FROM proceedings p LEFT JOIN users u ON u.id = p.bailiff_id`;
const ORDER = 'ORDER BY p.registered_at DESC, p.id DESC';
const LIMIT = 26; // limit 25 + 1 to know whether a next page exists

export type QuerySpec = { title: string; text: string; params: unknown[] };

export function queuePageQuery(bailiffId: string, status: string, after?: { at: string; id: string }): QuerySpec {
  const where = ['p.bailiff_id = $1', 'p.status = $2'];
  const params: unknown[] = [bailiffId, status];
  if (after) {
    where.push('(p.registered_at, p.id) < ($3::timestamptz, $4::uuid)');
    params.push(after.at, after.id);
  }
  return {
    title: after ? 'queue page (keyset, after a cursor)' : 'queue page (first page)',
    text: `${SELECT}\n      WHERE ${where.join(' AND ')}\n      ${ORDER}\n      LIMIT ${LIMIT}`,
    params,
  };
}

export function debtorSearchQuery(bailiffId: string, status: string, iin: string): QuerySpec {
  return {
    title: 'search by debtor IIN',
    text: `${SELECT}
      WHERE p.bailiff_id = $1 AND p.status = $2 AND p.id = ANY(ARRAY(SELECT proceeding_id FROM proceeding_parties WHERE identifier = $3 AND role = 'debtor'))
      ${ORDER}
      LIMIT ${LIMIT}`,
    params: [bailiffId, status, iin],
  };
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
