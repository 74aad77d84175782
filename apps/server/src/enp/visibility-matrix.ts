import type { EnpMatrixBody, EnpMatrixResponse } from '@oryndau/contracts';
import type { Database, JournalActor } from '@oryndau/db';
import { currentEnpMatrixVersion, findEnpMatrix, insertEnpMatrixVersion } from '@oryndau/db';
import { DomainError, ErrorCode, can, enp } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';

const kinds = () => enp.ENP_DOCUMENT_KINDS.map((kind) => ({ kind, name: enp.ENP_DOCUMENT_KIND_TEXTS[kind] }));

/** ENP-6: the matrix in force, with the bases of its cells. */
export async function readEnpMatrix(db: Database, subject: Subject): Promise<EnpMatrixResponse> {
  if (!can(subject, 'enp.matrix.read', undefined)) throw new DomainError(ErrorCode.forbidden);
  const matrix = await findEnpMatrix(db);
  if (!matrix) throw new DomainError(ErrorCode.notFound);
  return {
    version: matrix.version, createdAt: matrix.createdAt.toISOString(), note: matrix.note, kinds: kinds(),
    cells: matrix.cells.filter((c): c is typeof c & { kind: enp.EnpDocumentKind } => enp.isEnpDocumentKind(c.kind)),
  };
}

/**
 * ENP-6: an administrator saves a new version, edited from `baseVersion`.
 * It must be whole (every cell once, a basis in both languages). When
 * someone saved after the base was loaded — or saves the same base at the
 * same moment (the version's primary key decides) — a clear 409
 * enp.matrix_conflict; nothing is half-saved.
 */
export async function saveEnpMatrix(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, body: EnpMatrixBody)
  : Promise<void> {
  if (!can(subject, 'enp.matrix.edit', undefined)) throw new DomainError(ErrorCode.forbidden);
  const cells = body.cells.filter((c): c is typeof c & { kind: enp.EnpDocumentKind } => enp.isEnpDocumentKind(c.kind));
  const problems = cells.length === body.cells.length ? enp.matrixProblems(cells) : ['unknown kind'];
  if (problems.length > 0) throw new DomainError(ErrorCode.enpMatrixInvalid, { problems: problems.slice(0, 20) });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (await currentEnpMatrixVersion(tx) !== body.baseVersion) throw new DomainError(ErrorCode.enpMatrixConflict);
    const version = body.baseVersion + 1;
    if (!await insertEnpMatrixVersion(tx, { version, createdBy: subject.id, createdAt: now, note: body.note, cells })) {
      throw new DomainError(ErrorCode.enpMatrixConflict);
    }
    const allowed = cells.filter((c) => c.allowed).length;
    tx.journal({ at: now, actor, action: 'enp.matrix_saved', objectType: 'enp_matrix', objectId: String(version),
      details: { baseVersion: body.baseVersion, cells: cells.length, allowed, note: body.note } });
  });
}
