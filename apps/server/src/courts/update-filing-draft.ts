import type { FilingUpdateBody } from '@oryndau/contracts';
import type { Database, FilingRecord, JournalActor } from '@oryndau/db';
import { findFiling, listFilingAttachments, updateFilingDraft } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import { checkDraftForm } from './filing-input';
import { requireFiling } from './filing-store';

/**
 * Issue 14 item 3: the applicant saves the form again (the whole form, with
 * the version they read). Only a draft changes; a version another tab moved
 * first is a 409, never overwritten. Shortening the appendix below a
 * position that has a file is refused (remove the file first, FILE-5).
 */
export async function saveFilingDraft(deps: { db: Database; clock: Clock }, user: UserView, actor: JournalActor, id: string, body: FilingUpdateBody)
  : Promise<FilingRecord> {
  const subject = toSubject(user);
  const now = deps.clock.now();
  const current = await requireFiling(deps.db, subject, id, { edit: true });
  if (current.status !== 'draft') throw new DomainError(ErrorCode.filingTransitionForbidden, { from: current.status, action: 'edit' });
  const { version, ...form } = body;
  const { fields } = await checkDraftForm(deps.db, { service: current.service, form, user, now });
  return deps.db.transaction(async (tx) => {
    const filing = await requireFiling(tx, subject, id, { edit: true, lock: true });
    if (filing.status !== 'draft') throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'edit' });
    if (filing.version !== version) throw new DomainError(ErrorCode.conflict, { version: filing.version });
    const attached = await listFilingAttachments(tx, id);
    const orphaned = attached.filter((a) => a.position > fields.appendix.length).map((a) => a.position);
    if (orphaned.length > 0) throw new DomainError(ErrorCode.attachmentPositionInvalid, { positions: orphaned, fields: ['appendix'] });
    if (!(await updateFilingDraft(tx, id, version, fields, now))) throw new DomainError(ErrorCode.conflict);
    const changed = (Object.keys(fields) as (keyof typeof fields)[])
      .filter((k) => JSON.stringify(fields[k]) !== JSON.stringify(filing[k]));
    tx.journal({ at: now, actor, action: 'courts.filing_draft_saved', objectType: 'filing', objectId: id, subjectIin: user.iin,
      details: { version: version + 1, changed, dutyTiyn: fields.dutyTiyn } });
    const saved = await findFiling(tx, id);
    if (!saved) throw new Error(`filing ${id} vanished after update`);
    return saved;
  });
}
