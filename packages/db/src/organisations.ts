import { SYSTEM_ORGANISATION_ID, SYSTEM_ORGANISATION_REFERENCE } from '@oryndau/domain';
import type { SystemOrganisation } from '@oryndau/domain';
import type { Sql } from './database';

type Row = { id: string; bin: string | null; name_kk: string; name_ru: string };

const fromRow = (row: Row): SystemOrganisation | null =>
  (row.bin ? { id: row.id, bin: row.bin, name: { kk: row.name_kk, ru: row.name_ru } } : null);

/** The system organisation as stored (null before the reference data is seeded). */
export async function findSystemOrganisation(sql: Sql): Promise<SystemOrganisation | null> {
  const result = await sql.query<Row>('SELECT id, bin, name_kk, name_ru FROM organisations WHERE id = $1', [SYSTEM_ORGANISATION_ID]);
  return result.rows[0] ? fromRow(result.rows[0]) : null;
}

export type EnsuredSystemOrganisation = {
  organisation: SystemOrganisation;
  created: boolean;
  /** The BIN it had before, when `reconcileBin` changed it. */
  previousBin: string | null;
};

/**
 * Creates the system organisation (reference data) when it is missing. With
 * `reconcileBin` (the server, which owns SYSTEM_ORGANISATION_BIN) a stored
 * BIN that differs from `bin` is replaced; the CLI only makes sure the row
 * exists. The caller journals a creation or a change.
 */
export async function ensureSystemOrganisation(tx: Sql, bin: string, now: Date, options: { reconcileBin: boolean })
  : Promise<EnsuredSystemOrganisation> {
  const ref = SYSTEM_ORGANISATION_REFERENCE;
  const inserted = await tx.query(
    `INSERT INTO organisations (id, kind, name_kk, name_ru, bin, region_id, time_zone, parent_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [ref.id, ref.kind, ref.name.kk, ref.name.ru, bin, ref.regionId, ref.timeZone, now.toISOString()]);
  let row = (await tx.query<Row>('SELECT id, bin, name_kk, name_ru FROM organisations WHERE id = $1 FOR UPDATE', [ref.id])).rows[0]!;
  // Issue 13 item 2: the name is reference data too (once «Oryndau жүйесі», now the ministry's): the server brings it up to date.
  if (options.reconcileBin && (row.name_kk !== ref.name.kk || row.name_ru !== ref.name.ru)) {
    await tx.query('UPDATE organisations SET name_kk = $2, name_ru = $3 WHERE id = $1', [ref.id, ref.name.kk, ref.name.ru]);
    row = { ...row, name_kk: ref.name.kk, name_ru: ref.name.ru };
  }
  if (inserted.rowCount > 0 || !options.reconcileBin || row.bin === bin) {
    return { organisation: fromRow(row) ?? { id: row.id, bin, name: { kk: row.name_kk, ru: row.name_ru } }, created: inserted.rowCount > 0, previousBin: null };
  }
  await tx.query('UPDATE organisations SET bin = $2 WHERE id = $1', [ref.id, bin]);
  return { organisation: { id: row.id, bin, name: { kk: row.name_kk, ru: row.name_ru } }, created: false, previousBin: row.bin };
}

/** Names of organisations in kk and ru (the journal names the actor's organisation). */
export async function organisationNames(sql: Sql, ids: readonly string[]): Promise<Map<string, { kk: string; ru: string }>> {
  const names = new Map<string, { kk: string; ru: string }>();
  if (ids.length === 0) return names;
  const rows = await sql.query<{ id: string; name_kk: string; name_ru: string }>(
    'SELECT id, name_kk, name_ru FROM organisations WHERE id = ANY($1)', [[...ids]]);
  for (const row of rows.rows) names.set(row.id, { kk: row.name_kk, ru: row.name_ru });
  return names;
}

/** An organisation's names by its BIN (who signed with an organisation's key); null when none is registered. */
export async function organisationNamesByBin(sql: Sql, bin: string): Promise<{ kk: string; ru: string } | null> {
  const rows = await sql.query<{ name_kk: string; name_ru: string }>('SELECT name_kk, name_ru FROM organisations WHERE bin = $1 ORDER BY id LIMIT 1', [bin]);
  const row = rows.rows[0];
  return row ? { kk: row.name_kk, ru: row.name_ru } : null;
}
