import type { Sql } from '../database';
import type { CaseEventKind, CaseForm, CaseStatus, Instance, ParticipantCategory } from '../courts/codes';
import { isUuid } from '../courts/codes';
import type { EnpDocumentRow, EnpDocumentSqlRow } from './documents-repository';
import { PARTICIPANT_DOCUMENTS_SQL, enpDocumentOf } from './documents-repository';
import type { EnpSessionAccess, EnpSessionAccessRow } from './accesses-repository';
import { ENP_SESSION_ACCESS_SQL, enpSessionAccessOf } from './accesses-repository';
import { enpPageVersionSql } from './page-versions-repository';

// ENP-4: the participant's case page in ONE statement — the case, its
// court, whether it is archived, its participants, its course and the
// documents the participant may see (the very query of
// listEnpParticipantDocuments, matrix and blocks included) — and, for the
// portal's page, the session's access too (findEnpSessionCaseView). The page
// is the portal's most frequent request: eight round trips to PostgreSQL
// cost more than the data (bench:enp, docs/enp.md "Performance").

export type EnpCaseView = {
  caseId: string; number: string; registeredOn: string; form: CaseForm; instance: Instance; status: CaseStatus;
  court: { name: { kk: string; ru: string }; regionId: string }; archived: boolean;
  /** In the order they joined the case. */
  participants: { category: ParticipantCategory; name: string }[];
  /** The course in date order. */
  events: { kind: CaseEventKind; occurredAt: Date; localDate: string }[];
  documents: EnpDocumentRow[];
};

type ViewRow = {
  id: string; number: string; registered_on: string; form: CaseForm; instance: Instance; status: CaseStatus; region_id: string;
  name_kk: string; name_ru: string; archive_status: string | null;
  participants: { category: ParticipantCategory; name: string }[];
  events: { kind: CaseEventKind; occurred_at: string; local_date: string }[];
  documents: EnpDocumentSqlRow[];
};

/** The statement of the view of case `caseExpr` for category `categoryExpr` (SQL expressions). */
const caseViewSql = (caseExpr: string, categoryExpr: string) => `SELECT k.id, k.number, k.registered_on::text AS registered_on, k.form, k.instance, k.status, o.region_id, o.name_kk, o.name_ru,
          ca.status AS archive_status,
          (SELECT coalesce(json_agg(json_build_object('category', p.category, 'name', p.name) ORDER BY p.added_at, p.id), '[]'::json)
             FROM case_participants p WHERE p.case_id = k.id) AS participants,
          (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'occurred_at', e.occurred_at, 'local_date', e.local_date::text)
                                    ORDER BY e.occurred_at, e.id), '[]'::json)
             FROM case_events e WHERE e.case_id = k.id) AS events,
          (SELECT coalesce(json_agg(d ORDER BY d.at, d.id), '[]'::json) FROM (${PARTICIPANT_DOCUMENTS_SQL.replaceAll('$1', caseExpr).replaceAll('$2', categoryExpr).replaceAll('$3', 'NULL')}) d) AS documents
     FROM court_cases k JOIN courts c ON c.organisation_id = k.court_id JOIN organisations o ON o.id = c.organisation_id
     LEFT JOIN case_archives ca ON ca.case_id = k.id
    WHERE k.id = ${caseExpr}`;

/** Parameters: $1 the case, $2 the participant's category. */
export const ENP_CASE_VIEW_SQL = caseViewSql('$1', '$2');

/**
 * The session's access and its case view in ONE statement ($1 the token's
 * hash): the page's only read. The view is computed for the session's live
 * access only (no session, no view); the caller checks the session's times.
 * Exported for bench:enp's EXPLAIN.
 */
export const ENP_SESSION_CASE_VIEW_SQL = `WITH se AS (${ENP_SESSION_ACCESS_SQL})
  SELECT se.*, (SELECT row_to_json(v) FROM (${caseViewSql('(SELECT se.case_id FROM se)', '(SELECT se.category FROM se)')}) v) AS view,
         CASE WHEN se.case_id IS NULL THEN NULL ELSE ${enpPageVersionSql('se.case_id')} END AS page_version FROM se`;

/**
 * The session's live access and the content version of its case's page
 * ($1 the token's hash): the cached page's only read (a few index look-ups,
 * no view). The version is null for an ЭАСД access (no case of ours).
 */
export const ENP_SESSION_PAGE_VERSION_SQL = `WITH se AS (${ENP_SESSION_ACCESS_SQL})
  SELECT se.*, CASE WHEN se.case_id IS NULL THEN NULL ELSE ${enpPageVersionSql('se.case_id')} END AS page_version FROM se`;

/** The case as a participant of `category` sees it; null for a missing case (or one whose court is gone). */
export async function findEnpCaseView(sql: Sql, caseId: string, category: ParticipantCategory): Promise<EnpCaseView | null> {
  if (!isUuid(caseId)) return null;
  const row = (await sql.query<ViewRow>(ENP_CASE_VIEW_SQL, [caseId, category])).rows[0];
  return row ? viewOf(row) : null;
}

/**
 * The session's live access, the view of its case (null when the case is
 * gone) and the content version that view is of (read in the same
 * statement, so the same snapshot); null for no such session.
 */
export async function findEnpSessionCaseView(sql: Sql, tokenHash: string)
  : Promise<(EnpSessionAccess & { view: EnpCaseView | null; pageVersion: string | null }) | null> {
  const row = (await sql.query<EnpSessionAccessRow & { view: ViewRow | null; page_version: string | null }>(ENP_SESSION_CASE_VIEW_SQL, [tokenHash])).rows[0];
  return row ? { ...enpSessionAccessOf(row), view: row.view ? viewOf(row.view) : null, pageVersion: row.page_version } : null;
}

/** The session's live access and its case page's content version (null: an ЭАСД access); null for no such session. */
export async function findEnpSessionPageVersion(sql: Sql, tokenHash: string): Promise<(EnpSessionAccess & { pageVersion: string | null }) | null> {
  const row = (await sql.query<EnpSessionAccessRow & { page_version: string | null }>(ENP_SESSION_PAGE_VERSION_SQL, [tokenHash])).rows[0];
  return row ? { ...enpSessionAccessOf(row), pageVersion: row.page_version } : null;
}

function viewOf(r: ViewRow): EnpCaseView {
  return {
    caseId: r.id, number: r.number, registeredOn: r.registered_on, form: r.form, instance: r.instance, status: r.status,
    court: { name: { kk: r.name_kk, ru: r.name_ru }, regionId: r.region_id }, archived: r.archive_status === 'archived',
    participants: r.participants,
    events: r.events.map((e) => ({ kind: e.kind, occurredAt: new Date(e.occurred_at), localDate: e.local_date })),
    documents: r.documents.map(enpDocumentOf),
  };
}
