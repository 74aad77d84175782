import pg from 'pg';
import type { Database, QueryResult, Row, Sql } from './database';

// int8 (bigint) columns such as journal sequence numbers fit in a JS number
// for any realistic volume; parse them as numbers, as PGlite does.
pg.types.setTypeParser(20, (value: string) => Number(value));
// `date` stays the string 'YYYY-MM-DD': a calendar date has no time zone, and
// turning it into a JS Date at local midnight shifts it in zones west of UTC.
pg.types.setTypeParser(1082, (value: string) => value);

type Queryable = { query(text: string, params?: unknown[]): Promise<pg.QueryResult> };

function wrap(target: Queryable): Sql {
  return {
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query(text, [...params]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(script: string): Promise<void> {
      await target.query(script);
    },
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail at start-up, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
