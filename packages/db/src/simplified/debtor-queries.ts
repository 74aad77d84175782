import type { Sql } from '../database';

// What the debtor's page reads besides the case (SIMP-3): only ever the
// documents and the proceeding that the case itself names.

export type CaseDocumentKind = 'simp.initiation' | 'simp.termination' | 'simp.cancellation';
export type CaseDocumentSummary = { id: string; kind: CaseDocumentKind; title: { kk: string; ru: string }; createdAt: Date };

/** The case's resolutions (by the ids the case row holds), oldest first. */
export async function listCaseDocuments(sql: Sql, ids: readonly string[]): Promise<CaseDocumentSummary[]> {
  if (ids.length === 0) return [];
  const found = await sql.query<{ id: string; kind: CaseDocumentKind; title_kk: string; title_ru: string; created_at: Date }>(
    'SELECT id, kind, title_kk, title_ru, created_at FROM documents WHERE id = ANY($1::uuid[]) ORDER BY created_at', [ids]);
  return found.rows.map((d) => ({ id: d.id, kind: d.kind, title: { kk: d.title_kk, ru: d.title_ru }, createdAt: new Date(d.created_at) }));
}

export type CaseDocumentContent = { kind: string; mediaType: string; content: Uint8Array };

/** A stored document's bytes (what was signed). */
export async function findDocumentContent(sql: Sql, documentId: string): Promise<CaseDocumentContent | null> {
  const row = (await sql.query<{ kind: string; media_type: string; content: Uint8Array }>(
    'SELECT kind, media_type, content FROM documents WHERE id = $1', [documentId])).rows[0];
  return row ? { kind: row.kind, mediaType: row.media_type, content: new Uint8Array(row.content) } : null;
}

/** The first valid signature's CMS of a document (its detached `.p7s`), or null. */
export async function findFirstValidSignatureCms(sql: Sql, documentId: string): Promise<Uint8Array | null> {
  const row = (await sql.query<{ cms: Uint8Array }>(
    'SELECT cms FROM signatures WHERE document_id = $1 AND valid ORDER BY checked_at LIMIT 1', [documentId])).rows[0];
  return row ? new Uint8Array(row.cms) : null;
}

/** The registration number of the ordinary proceeding a case went to. */
export async function findProceedingRegistrationNumber(sql: Sql, proceedingId: string): Promise<string | null> {
  const row = (await sql.query<{ registration_number: string }>('SELECT registration_number FROM proceedings WHERE id = $1', [proceedingId])).rows[0];
  return row?.registration_number ?? null;
}

/** The text of the SMS sent at a case's initiation (dev: the link it carries), or null. */
export async function findInitiationSmsBody(sql: Sql, caseId: string): Promise<string | null> {
  const row = (await sql.query<{ body: string }>(
    "SELECT body FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = $1 ORDER BY created_at LIMIT 1", [caseId])).rows[0];
  return row?.body ?? null;
}
