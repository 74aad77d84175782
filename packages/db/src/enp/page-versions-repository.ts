import type { Sql } from '../database';

// Issue 16, ENP-4/ENP-5: the content version of a case's ЭНП page (migration
// 0025). Every repository function that changes what the page shows calls
// recordEnpPageChange in its own transaction: the change and the new version
// commit together, so a page cached under the old version is never served
// after the change is visible (apps/server/src/enp/case-page-cache.ts).

/** One more change of what case `caseId`'s page shows, if this transaction commits. Appends only: no row lock. */
export async function recordEnpPageChange(tx: Sql, caseId: string): Promise<void> {
  await tx.query('INSERT INTO enp_page_changes (case_id) VALUES ($1)', [caseId]);
}

/**
 * The SQL expression of the page's content version for case `caseExpr`: the
 * case's appended changes and the visibility matrix in force (its newest
 * version, the one the view query joins). Read in the same statement as
 * whatever it versions.
 */
export const enpPageVersionSql = (caseExpr: string) =>
  `((SELECT count(*) FROM enp_page_changes pc WHERE pc.case_id = ${caseExpr})::text || ':'
     || coalesce((SELECT max(version) FROM enp_matrix_versions), 0)::text)`;

/**
 * The guard of an ЭНП case page served from a process's cache
 * (journal-guarded.ts): the view's entry is appended only if, in the same
 * statement, the session (r.g1, its token's hash) is still live for access
 * r.g2 — not replaced, not ended, not idle for r.g4 minutes at the entry's
 * time — and the case's page is still of version r.g3, the one served.
 */
export const ENP_CACHED_PAGE_GUARD = {
  name: 'enp.cached_page',
  predicate: `EXISTS (SELECT 1 FROM enp_sessions s JOIN enp_accesses a ON a.id = s.access_id
     WHERE s.token_hash = r.g1 AND a.id::text = r.g2 AND a.replaced_at IS NULL AND a.case_id IS NOT NULL
       AND s.expires_at > r.at AND s.last_seen_at + make_interval(mins => r.g4::int) > r.at
       AND ${enpPageVersionSql('a.case_id')} = r.g3)`,
} as const;
