import type { JournalActor, Sql, Tx } from '@oryndau/db';
import { DEFAULT_TEMPLATES, validateTemplateText } from '@oryndau/documents';
import type { ResolutionTemplate, TemplateCategory, TemplateKind } from '@oryndau/documents';
import { DomainError, ErrorCode } from '@oryndau/domain';

type TemplateRow = {
  code: string; version: number; category: TemplateCategory; kind: TemplateKind; needs_approval: boolean;
  title_kk: string; title_ru: string; body_kk: string; body_ru: string;
};

const templateOf = (r: TemplateRow): ResolutionTemplate => ({
  code: r.code, version: Number(r.version), category: r.category, kind: r.kind, needsApproval: r.needs_approval,
  title: { kk: r.title_kk, ru: r.title_ru }, body: { kk: r.body_kk, ru: r.body_ru },
});

async function insertTemplate(sql: Sql, t: ResolutionTemplate, createdBy: string | null, now: Date): Promise<void> {
  await sql.query(
    `INSERT INTO resolution_templates (code, version, category, kind, needs_approval, title_kk, title_ru, body_kk, body_ru, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (code, version) DO NOTHING`,
    [t.code, t.version, t.category, t.kind, t.needsApproval, t.title.kk, t.title.ru, t.body.kk, t.body.ru, now.toISOString(), createdBy]);
}

/** ENF-6: the catalog starts from the defaults; a code already present keeps its (possibly edited) versions. */
export async function seedTemplates(sql: Sql, now: Date): Promise<void> {
  const present = new Set((await sql.query<{ code: string }>('SELECT DISTINCT code FROM resolution_templates')).rows.map((r) => r.code));
  for (const t of DEFAULT_TEMPLATES) if (!present.has(t.code)) await insertTemplate(sql, t, null, now);
}

export async function latestTemplate(sql: Sql, code: string): Promise<ResolutionTemplate | null> {
  const result = await sql.query<TemplateRow>(
    'SELECT * FROM resolution_templates WHERE code = $1 ORDER BY version DESC LIMIT 1', [code]);
  return result.rows[0] ? templateOf(result.rows[0]) : null;
}

export async function listLatestTemplates(sql: Sql): Promise<ResolutionTemplate[]> {
  const result = await sql.query<TemplateRow>(
    `SELECT DISTINCT ON (code) * FROM resolution_templates ORDER BY code, version DESC`);
  return result.rows.map(templateOf);
}

/**
 * An administrator's edit is a new version; acts keep the version they were
 * rendered from, and a signed document never changes.
 */
export async function saveTemplateVersion(
  sql: Tx, code: string, edit: { title: { kk: string; ru: string }; body: { kk: string; ru: string }; needsApproval: boolean },
  actor: JournalActor, now: Date,
): Promise<ResolutionTemplate> {
  const errors = [edit.body.kk, edit.body.ru, edit.title.kk, edit.title.ru].flatMap((text) => {
    const result = validateTemplateText(text);
    return result.ok ? [] : result.errors;
  });
  if (errors.length > 0) throw new DomainError(ErrorCode.templateInvalid, { errors });
  const current = await latestTemplate(sql, code);
  if (!current) throw new DomainError(ErrorCode.notFound);
  const next: ResolutionTemplate = { ...current, version: current.version + 1, title: edit.title, body: edit.body, needsApproval: edit.needsApproval };
  await insertTemplate(sql, next, actor.userId, now);
  sql.journal({ at: now, actor, action: 'enforcement.template_versioned', objectType: 'template', objectId: code,
    details: { version: next.version, needsApproval: next.needsApproval } });
  return next;
}
