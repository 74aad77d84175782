import type { Sql } from '../database';

/** Full names by user id (ids not found are absent). */
export async function findUserNames(sql: Sql, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((v): v is string => v !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await sql.query<{ id: string; full_name: string }>('SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])', [wanted]);
  return new Map(rows.rows.map((r) => [r.id, r.full_name]));
}

export async function findUserName(sql: Sql, id: string): Promise<string | null> {
  return (await sql.query<{ full_name: string }>('SELECT full_name FROM users WHERE id = $1', [id])).rows[0]?.full_name ?? null;
}

/** Who signs a resolution: the name and the organisation (null without one). */
export type Signatory = { fullName: string; organisation: { kk: string; ru: string } | null };

export async function findSignatory(sql: Sql, userId: string): Promise<Signatory | null> {
  const row = (await sql.query<{ full_name: string; org_kk: string | null; org_ru: string | null }>(
    `SELECT u.full_name, o.name_kk AS org_kk, o.name_ru AS org_ru FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE u.id = $1`, [userId])).rows[0];
  if (!row) return null;
  return { fullName: row.full_name, organisation: row.org_kk !== null && row.org_ru !== null ? { kk: row.org_kk, ru: row.org_ru } : null };
}
