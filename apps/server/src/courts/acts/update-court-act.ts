import type { UpdateCourtActBody } from '@oryndau/contracts';
import type { JournalActor } from '@oryndau/db';
import { findCourtAct, saveCourtActDraft } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument } from '../../signing/documents';
import { benchOf, loadActContext } from './act-context';
import { actBytes } from './act-document';
import type { ActDeps } from './create-court-act';

/**
 * FILE-14, SIG-5 (§46): a new text of a draft — a new document (signed
 * bytes are never rewritten) at the next version. Once a judge signed, the
 * act is fixed: 409 `courts.act_signed` (a correction is a new act); a stale
 * version is 409 `courts.version_conflict`.
 */
export async function updateCourtAct(deps: ActDeps, subject: Subject, actor: JournalActor, actId: string, body: UpdateCourtActBody)
  : Promise<{ id: string }> {
  const ctx = await loadActContext(deps.db, actId);
  if (!ctx || !can(subject, 'courts.case.read', { courtId: ctx.courtCase.courtId })) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, 'courts.act.draft', benchOf(ctx))) throw new DomainError(ErrorCode.forbidden);
  // Checked before rendering: an edit of a signed act is refused whatever it carries.
  courts.courtActAfter(ctx.act.status, 'edit');
  const now = deps.clock.now();
  const corrects = ctx.act.correctsActId ? await findCourtAct(deps.db, ctx.act.correctsActId) : null;
  const content = await actBytes({ kind: ctx.act.kind, content: body, courtCase: ctx.courtCase, court: ctx.court, judges: ctx.currentJudges,
    corrects, now, maxBytes: deps.maxBytes });
  return deps.db.transaction(async (tx) => {
    const locked = await findCourtAct(tx, actId, { lock: true });
    if (!locked) throw new DomainError(ErrorCode.notFound);
    courts.courtActAfter(locked.status, 'edit');
    if (locked.version !== body.version) throw new DomainError(ErrorCode.courtsVersionConflict);
    const document = await createDocument(tx, { kind: 'court.case_act', title: locked.title, mediaType: 'application/pdf', content: content.bytes,
      createdBy: subject.id }, now);
    const saved = await saveCourtActDraft(tx, actId, body.version, { title: locked.title, language: body.language, source: content.source,
      fields: content.fields, documentId: document.id, immediateExecution: body.immediateExecution }, now);
    if (!saved) throw new DomainError(ErrorCode.courtsVersionConflict);
    tx.journal({ at: now, actor, action: 'courts.act_edited', objectType: 'court_act', objectId: actId,
      details: { version: body.version + 1, documentId: document.id, sha256: document.contentHash, previousDocumentId: locked.documentId } });
    return { id: actId };
  });
}
