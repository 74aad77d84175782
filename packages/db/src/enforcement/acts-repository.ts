import type { ActStatus, ProceedingAction } from '@oryndau/domain';
import type { Sql } from '../database';
import { dateOrNull } from './json';
import type { JsonValue } from './json';

// proceeding_acts: resolutions on a proceeding. Inside a transaction the
// proceeding is locked first (proceedings-repository.ts), then its act.

export type ActEffect = 'transition' | 'resolution' | 'request' | 'arrest' | 'arrest_lift';
export type ActLocale = 'kk' | 'ru';

export type ArrestItemInput = { kind: 'bank_account' | 'real_estate' | 'vehicle' | 'other'; description: string; identifier?: string | undefined; valueTiyn?: string | undefined };
/** What the bailiff chose when generating the act (proceeding_acts.params). */
export type ActParams = {
  reason?: string | undefined;
  toDepartmentCode?: string | undefined;
  requestType?: string | undefined;
  arrest?: { kind: 'accounts' | 'property' | 'travel'; items: ArrestItemInput[] } | undefined;
  arrestId?: string | undefined;
};

type ActRow = {
  id: string; proceeding_id: string; action: ProceedingAction | null; effect: ActEffect; template_code: string; template_version: number;
  locale: ActLocale; ground_code: string | null; params: ActParams; document_id: string; needs_approval: boolean; base_version: number;
  status: ActStatus; created_by: string; created_at: Date; signed_at: Date | null; approved_by: string | null; approved_at: Date | null;
  return_reason: string | null; rejection: JsonValue | null;
};

export type ActRecord = {
  id: string; proceedingId: string; action: ProceedingAction | null; effect: ActEffect; templateCode: string; templateVersion: number;
  locale: ActLocale; groundCode: string | null; params: ActParams; documentId: string; needsApproval: boolean; baseVersion: number;
  status: ActStatus; createdBy: string; createdAt: Date; signedAt: Date | null; approvedBy: string | null; approvedAt: Date | null;
  returnReason: string | null; rejection: JsonValue | null;
};

const COLUMNS = `a.id, a.proceeding_id, a.action, a.effect, a.template_code, a.template_version, a.locale, a.ground_code, a.params,
  a.document_id, a.needs_approval, a.base_version, a.status, a.created_by, a.created_at, a.signed_at, a.approved_by, a.approved_at,
  a.return_reason, a.rejection`;

const recordOf = (r: ActRow): ActRecord => ({
  id: r.id, proceedingId: r.proceeding_id, action: r.action, effect: r.effect, templateCode: r.template_code,
  templateVersion: Number(r.template_version), locale: r.locale, groundCode: r.ground_code, params: r.params, documentId: r.document_id,
  needsApproval: r.needs_approval, baseVersion: Number(r.base_version), status: r.status, createdBy: r.created_by,
  createdAt: new Date(r.created_at), signedAt: dateOrNull(r.signed_at), approvedBy: r.approved_by, approvedAt: dateOrNull(r.approved_at),
  returnReason: r.return_reason, rejection: r.rejection,
});

export async function findAct(sql: Sql, id: string): Promise<ActRecord | null> {
  const result = await sql.query<ActRow>(`SELECT ${COLUMNS} FROM proceeding_acts a WHERE a.id = $1`, [id]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** The act whose resolution is this document; `lock` after its proceeding is locked. */
export async function findActByDocument(sql: Sql, documentId: string, options: { lock?: boolean } = {}): Promise<ActRecord | null> {
  const result = await sql.query<ActRow>(`SELECT ${COLUMNS} FROM proceeding_acts a WHERE a.document_id = $1${options.lock ? ' FOR UPDATE' : ''}`, [documentId]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

export type NewAct = {
  id: string; proceedingId: string; action: ProceedingAction | null; effect: ActEffect; templateCode: string; templateVersion: number;
  locale: ActLocale; groundCode: string | null; params: ActParams; documentId: string; needsApproval: boolean; baseVersion: number;
  createdBy: string; createdAt: Date;
  /** ISSUE-13 item 8: the draft's kind (domain draftKindOf); a second draft of the same kind violates proceeding_acts_one_draft_idx. */
  draftKind: string;
};

/** A draft act, rendered against the proceeding at `baseVersion`. */
export async function insertAct(tx: Sql, act: NewAct): Promise<void> {
  await tx.query(
    `INSERT INTO proceeding_acts (id, proceeding_id, action, effect, template_code, template_version, locale, ground_code, params,
                                  document_id, needs_approval, base_version, status, created_by, created_at, draft_kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, 'draft', $13, $14, $15)`,
    [act.id, act.proceedingId, act.action, act.effect, act.templateCode, act.templateVersion, act.locale, act.groundCode,
      JSON.stringify(act.params), act.documentId, act.needsApproval, act.baseVersion, act.createdBy, act.createdAt.toISOString(), act.draftKind]);
}

/**
 * ISSUE-13 item 8: the proceeding's unsigned draft of this kind, if any.
 * Read after the proceeding is locked, so a concurrent generation waits.
 */
export async function findDraftOfKind(sql: Sql, proceedingId: string, draftKind: string): Promise<ActRecord | null> {
  const result = await sql.query<ActRow>(
    `SELECT ${COLUMNS} FROM proceeding_acts a WHERE a.proceeding_id = $1 AND a.draft_kind = $2 AND a.status = 'draft'`, [proceedingId, draftKind]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** ISSUE-13 item 8: the draft is thrown away. False when it is no longer a draft (signed meanwhile). */
export async function discardDraftAct(tx: Sql, id: string, at: Date): Promise<boolean> {
  const moved = await tx.query(`UPDATE proceeding_acts SET status = 'discarded', discarded_at = $2 WHERE id = $1 AND status = 'draft'`,
    [id, at.toISOString()]);
  return moved.rowCount === 1;
}

/** ENF-9: the author signed; the act waits for the senior. */
export async function markActAwaitingApproval(tx: Sql, id: string, signedAt: Date): Promise<void> {
  await tx.query(`UPDATE proceeding_acts SET status = 'awaiting_approval', signed_at = $2 WHERE id = $1`, [id, signedAt.toISOString()]);
}

export async function markActSigned(tx: Sql, id: string, signedAt: Date): Promise<void> {
  await tx.query('UPDATE proceeding_acts SET signed_at = $2 WHERE id = $1', [id, signedAt.toISOString()]);
}

export async function markActApproved(tx: Sql, id: string, approvedBy: string, approvedAt: Date): Promise<void> {
  await tx.query('UPDATE proceeding_acts SET approved_by = $2, approved_at = $3 WHERE id = $1', [id, approvedBy, approvedAt.toISOString()]);
}

export async function markActApplied(tx: Sql, id: string, appliedAt: Date): Promise<void> {
  await tx.query(`UPDATE proceeding_acts SET status = 'applied', applied_at = $2 WHERE id = $1`, [id, appliedAt.toISOString()]);
}

/**
 * ENF-9: the senior returns an act that still awaits approval. False when it
 * no longer does (signed or returned by someone else first): the caller
 * answers 409.
 */
export async function returnActAwaitingApproval(tx: Sql, id: string, by: string, at: Date, reason: string): Promise<boolean> {
  const moved = await tx.query(
    `UPDATE proceeding_acts SET status = 'returned', returned_by = $2, returned_at = $3, return_reason = $4
      WHERE id = $1 AND status = 'awaiting_approval'`, [id, by, at.toISOString(), reason]);
  return moved.rowCount === 1;
}

export type ActWithTitle = ActRecord & { title: { kk: string; ru: string } };
type ActWithTitleRow = ActRow & { title_kk: string; title_ru: string };

/** The card's acts tab, oldest first, with their documents' titles; discarded drafts are not listed (the journal keeps them). */
export async function listActsOfProceeding(sql: Sql, proceedingId: string): Promise<ActWithTitle[]> {
  const result = await sql.query<ActWithTitleRow>(
    `SELECT ${COLUMNS}, d.title_kk, d.title_ru FROM proceeding_acts a JOIN documents d ON d.id = a.document_id
      WHERE a.proceeding_id = $1 AND a.status <> 'discarded' ORDER BY a.created_at`, [proceedingId]);
  return result.rows.map((r) => ({ ...recordOf(r), title: { kk: r.title_kk, ru: r.title_ru } }));
}

export type ApprovalItem = {
  act: ActWithTitle; registrationNumber: string; debtorName: string; debtorIdentifier: string; bailiffName: string;
};
type ApprovalRow = ActWithTitleRow & { registration_number: string; debtor_name: string; debtor_identifier: string; bailiff_name: string };

/** ENF-9: acts of the region's proceedings that wait for a senior's signature, in the order they were signed. */
export async function listActsAwaitingApproval(sql: Sql, regionKato: string): Promise<ApprovalItem[]> {
  const result = await sql.query<ApprovalRow>(
    `SELECT ${COLUMNS}, d.title_kk, d.title_ru, p.registration_number, p.debtor_name, p.debtor_identifier, u.full_name AS bailiff_name
       FROM proceeding_acts a JOIN proceedings p ON p.id = a.proceeding_id JOIN documents d ON d.id = a.document_id
       JOIN users u ON u.id = a.created_by
      WHERE a.status = 'awaiting_approval' AND p.region_kato = $1 ORDER BY a.signed_at`, [regionKato]);
  return result.rows.map((r) => ({
    act: { ...recordOf(r), title: { kk: r.title_kk, ru: r.title_ru } }, registrationNumber: r.registration_number,
    debtorName: r.debtor_name, debtorIdentifier: r.debtor_identifier, bailiffName: r.bailiff_name,
  }));
}

export async function countActsAwaitingApproval(sql: Sql, regionKato: string): Promise<number> {
  const result = await sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM proceeding_acts a JOIN proceedings p ON p.id = a.proceeding_id
      WHERE a.status = 'awaiting_approval' AND p.region_kato = $1`, [regionKato]);
  return Number(result.rows[0]?.n ?? 0);
}
