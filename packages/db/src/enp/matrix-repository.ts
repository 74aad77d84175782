import type { Sql } from '../database';
import type { CaseForm, ParticipantCategory } from '../courts/codes';

// ENP-6: the visibility matrix's versions and cells (0019). The newest
// version is in force; a new one is saved against the version it was
// edited from, and the primary key refuses a second save of the same base.

export type EnpMatrixCellRecord = {
  form: CaseForm; category: ParticipantCategory; kind: string; allowed: boolean; basis: { kk: string; ru: string }; confirmed: boolean;
};
export type EnpMatrixRecord = { version: number; createdAt: Date; createdBy: string | null; note: string; cells: EnpMatrixCellRecord[] };

export async function currentEnpMatrixVersion(sql: Sql): Promise<number> {
  const row = (await sql.query<{ v: number | null }>('SELECT max(version) AS v FROM enp_matrix_versions')).rows[0];
  return Number(row?.v ?? 0);
}

export async function findEnpMatrix(sql: Sql): Promise<EnpMatrixRecord | null> {
  const head = (await sql.query<{ version: number; created_at: Date | string; created_by: string | null; note: string }>(
    'SELECT version, created_at, created_by, note FROM enp_matrix_versions ORDER BY version DESC LIMIT 1')).rows[0];
  if (!head) return null;
  const cells = await sql.query<{ form: CaseForm; category: ParticipantCategory; kind: string; allowed: boolean; basis_kk: string; basis_ru: string;
    confirmed: boolean }>(
    'SELECT form, category, kind, allowed, basis_kk, basis_ru, confirmed FROM enp_matrix_cells WHERE version = $1 ORDER BY form, category, kind',
    [head.version]);
  return {
    version: Number(head.version), createdAt: new Date(head.created_at), createdBy: head.created_by, note: head.note,
    cells: cells.rows.map((c) => ({ form: c.form, category: c.category, kind: c.kind, allowed: c.allowed, basis: { kk: c.basis_kk, ru: c.basis_ru },
      confirmed: c.confirmed })),
  };
}

/** Saves `version` (= base + 1) with its cells; false when that version exists already (someone saved first). */
export async function insertEnpMatrixVersion(tx: Sql, v: { version: number; createdBy: string; createdAt: Date; note: string;
  cells: readonly EnpMatrixCellRecord[] }): Promise<boolean> {
  const inserted = await tx.query(
    'INSERT INTO enp_matrix_versions (version, created_by, created_at, note) VALUES ($1, $2, $3, $4) ON CONFLICT (version) DO NOTHING',
    [v.version, v.createdBy, v.createdAt.toISOString(), v.note]);
  if (inserted.rowCount !== 1) return false;
  for (const c of v.cells) {
    await tx.query(
      `INSERT INTO enp_matrix_cells (version, form, category, kind, allowed, basis_kk, basis_ru, confirmed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [v.version, c.form, c.category, c.kind, c.allowed, c.basis.kk, c.basis.ru, c.confirmed]);
  }
  return true;
}
