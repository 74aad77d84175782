import type { JournalActor, Sql, TemplateRecord, Tx } from '@oryndau/db';
import { findLatestTemplate, insertTemplateVersion, listLatestTemplates as listLatestTemplateRecords, listTemplateCodes } from '@oryndau/db';
import { DEFAULT_TEMPLATES, validateTemplateText } from '@oryndau/documents';
import type { ResolutionTemplate, TemplateKind } from '@oryndau/documents';
import { DomainError, ErrorCode } from '@oryndau/domain';

const KINDS: ReadonlySet<string> = new Set(DEFAULT_TEMPLATES.map((t) => t.kind));
const isTemplateKind = (kind: string): kind is TemplateKind => KINDS.has(kind);

/** A stored version as the renderer takes it; a kind outside the catalog is a broken row, not a request error. */
function templateOf(r: TemplateRecord): ResolutionTemplate {
  const { kind } = r;
  if (!isTemplateKind(kind)) throw new Error(`resolution_templates ${r.code} v${r.version}: unknown kind ${kind}`);
  return { code: r.code, version: r.version, category: r.category, kind, needsApproval: r.needsApproval, title: r.title, body: r.body };
}

/** ENF-6: the catalog starts from the defaults; a code already present keeps its (possibly edited) versions. */
export async function seedTemplates(sql: Sql, now: Date): Promise<void> {
  const present = await listTemplateCodes(sql);
  for (const t of DEFAULT_TEMPLATES) if (!present.has(t.code)) await insertTemplateVersion(sql, t, null, now);
}

export async function latestTemplate(sql: Sql, code: string): Promise<ResolutionTemplate | null> {
  const record = await findLatestTemplate(sql, code);
  return record ? templateOf(record) : null;
}

export async function listLatestTemplates(sql: Sql): Promise<ResolutionTemplate[]> {
  return (await listLatestTemplateRecords(sql)).map(templateOf);
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
  await insertTemplateVersion(sql, next, actor.userId, now);
  sql.journal({ at: now, actor, action: 'enforcement.template_versioned', objectType: 'template', objectId: code,
    details: { version: next.version, needsApproval: next.needsApproval } });
  return next;
}
