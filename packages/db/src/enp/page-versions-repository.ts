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
