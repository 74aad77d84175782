import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, QueryResult, ReadReplica, Row, Sql } from './database';
import { runTransaction } from './transaction';

// int8 (bigint) columns such as journal sequence numbers fit in a JS number
// for any realistic volume; parse them as numbers, as PGlite does.
pg.types.setTypeParser(20, (value: string) => Number(value));
// `date` stays the string 'YYYY-MM-DD': a calendar date has no time zone, and
// turning it into a JS Date at local midnight shifts it in zones west of UTC.
pg.types.setTypeParser(1082, (value: string) => value);

type Queryable = {
  query(text: string, params?: unknown[]): Promise<pg.QueryResult>;
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
};

/**
 * Parameterised statements are prepared once per connection under a name
 * derived from their text: PostgreSQL then parses and plans each of the
 * application's statements once per connection instead of on every call
 * (most of the server's time on a short INSERT). The set of texts is the
 * application's own SQL, so it stays small; a text seen for the first time
 * beyond `PREPARED_NAMES_MAX` simply runs unnamed.
 */
const PREPARED_NAMES_MAX = 2000;
const preparedNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < PREPARED_NAMES_MAX) {
    name = `o${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  return name;
}

/** `before` runs ahead of every statement (a transaction's deferred BEGIN). */
function wrap(target: Queryable, before?: () => Promise<void>): Sql {
  return {
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      if (before) await before();
      const name = params.length > 0 ? statementName(text) : undefined;
      const result = name ? await target.query({ name, text, values: [...params] }) : await target.query(text, [...params]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(script: string): Promise<void> {
      if (before) await before();
      await target.query(script);
    },
  };
}

/**
 * A string as an SQL literal. Most values (the journal's fields) hold no quote
 * or backslash and are only wrapped — pg.escapeLiteral walks every character
 * of every value, which the journal's writer paid on each entry; the others
 * go through it (doubled quotes, and the E'' form for backslashes).
 */
export function quoteLiteral(value: string): string {
  return NEEDS_ESCAPING.test(value) ? pg.escapeLiteral(value) : `'${value}'`;
}
const NEEDS_ESCAPING = /['\\]/;

/** Statements PREPAREd by name on each pooled connection (withCommit.prepare). */
const preparedOn = new WeakMap<object, Set<string>>();

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail at start-up, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: (fn, options) => runTransaction(async (body) => {
      const client = await pool.connect();
      // BEGIN is sent with the body's first statement, or — when the body only
      // journals (a case view, a download) — in the COMMIT's message: such a
      // transaction costs one round trip instead of two.
      let begun = false;
      const begin = async () => {
        if (begun) return;
        begun = true;
        await client.query('BEGIN');
      };
      try {
        // The journal's INSERT goes in the COMMIT's message (simple protocol): writers pay no extra round trip for it.
        const withCommit: string[] = [];
        const result = await body({ ...wrap(client, begin), withCommit: {
          literal: quoteLiteral,
          add: (statement) => withCommit.push(statement),
          prepare: async (name, text) => {
            let names = preparedOn.get(client);
            if (!names) preparedOn.set(client, names = new Set());
            if (names.has(name)) return;
            await client.query(`PREPARE ${name} AS ${text}`);
            names.add(name);
          },
        } });
        if (begun || withCommit.length > 0) {
          const opening = begun ? '' : 'BEGIN;\n';
          begun = true;
          await client.query(`${opening}${withCommit.join('\n')}${withCommit.length ? '\n' : ''}COMMIT`);
        }
        return result;
      } catch (error) {
        if (begun) await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }, fn, options),
    close: () => pool.end(),
  };
}

/**
 * A streaming replica (DATABASE_REPLICA_URL): statements only, no
 * transactions — what the read-only routes run (docs/scaling.md). Every
 * connection is opened read-only (`default_transaction_read_only`), so a
 * write sent here by mistake is refused even when the URL points at a
 * primary; a hot standby refuses it anyway.
 */
export async function openReadReplica(url: string, poolSize = 10): Promise<ReadReplica> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c default_transaction_read_only=on' });
  const probe = await pool.connect();
  probe.release();
  return { kind: 'replica', ...wrap(pool), close: () => pool.end() };
}
