import type { Sql } from '../database';

export type TemplateCategory = 'resolution' | 'request';
/** A resolution template version as stored (ENF-6); `kind` is checked against the catalog by the caller. */
export type TemplateRecord = {
  code: string; version: number; category: TemplateCategory; kind: string; needsApproval: boolean;
  title: { kk: string; ru: string }; body: { kk: string; ru: string };
};

type TemplateRow = {
  code: string; version: number; category: TemplateCategory; kind: string; needs_approval: boolean;
  title_kk: string; title_ru: string; body_kk: string; body_ru: string;
};
const COLUMNS = 'code, version, category, kind, needs_approval, title_kk, title_ru, body_kk, body_ru';

const recordOf = (r: TemplateRow): TemplateRecord => ({
  code: r.code, version: Number(r.version), category: r.category, kind: r.kind, needsApproval: r.needs_approval,
  title: { kk: r.title_kk, ru: r.title_ru }, body: { kk: r.body_kk, ru: r.body_ru },
});

/** Inserts a version; a version already stored is left as it is. */
export async function insertTemplateVersion(sql: Sql, t: TemplateRecord, createdBy: string | null, now: Date): Promise<void> {
  await sql.query(
    `INSERT INTO resolution_templates (code, version, category, kind, needs_approval, title_kk, title_ru, body_kk, body_ru, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (code, version) DO NOTHING`,
    [t.code, t.version, t.category, t.kind, t.needsApproval, t.title.kk, t.title.ru, t.body.kk, t.body.ru, now.toISOString(), createdBy]);
}

export async function listTemplateCodes(sql: Sql): Promise<Set<string>> {
  return new Set((await sql.query<{ code: string }>('SELECT DISTINCT code FROM resolution_templates')).rows.map((r) => r.code));
}

export async function findLatestTemplate(sql: Sql, code: string): Promise<TemplateRecord | null> {
  const result = await sql.query<TemplateRow>(`SELECT ${COLUMNS} FROM resolution_templates WHERE code = $1 ORDER BY version DESC LIMIT 1`, [code]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

export async function listLatestTemplates(sql: Sql): Promise<TemplateRecord[]> {
  const result = await sql.query<TemplateRow>(`SELECT DISTINCT ON (code) ${COLUMNS} FROM resolution_templates ORDER BY code, version DESC`);
  return result.rows.map(recordOf);
}
