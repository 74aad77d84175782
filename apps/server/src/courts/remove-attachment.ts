import type { Database, FilingRecord, JournalActor } from '@oryndau/db';
import { bumpFilingVersion, findFiling, listFilingAttachments, removeFilingAttachment } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import { requireFiling, sentSupplements } from './filing-store';

/**
 * Issue 14 item 4: the applicant takes a file off an appendix position of a
 * draft (to attach another), or a supplement of a registered filing that was
 * not sent yet (FILE-8). The stored bytes stay (content-addressed, maybe
 * shared); the filing's version moves. Journalled.
 */
export async function removeAttachment(deps: { db: Database; clock: Clock }, user: UserView, actor: JournalActor, filingId: string, position: number)
  : Promise<FilingRecord> {
  const subject = toSubject(user);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const filing = await requireFiling(tx, subject, filingId, { edit: true, lock: true });
    const attachment = (await listFilingAttachments(tx, filingId)).find((a) => a.position === position);
    if (!attachment) throw new DomainError(ErrorCode.notFound);
    const supplement = position > filing.appendix.length;
    if (filing.status === 'registered' && supplement) {
      if ((await sentSupplements(tx, filing)).has(position)) throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'removeSentDocument' });
    } else if (filing.status !== 'draft') {
      throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'removeAttachment' });
    }
    await removeFilingAttachment(tx, filingId, position);
    if (!(await bumpFilingVersion(tx, filingId, filing.version, filing.status, now))) throw new DomainError(ErrorCode.conflict);
    tx.journal({ at: now, actor, action: supplement ? 'courts.filing_supplement_removed' : 'courts.filing_attachment_removed',
      objectType: 'filing', objectId: filingId, subjectIin: user.iin,
      details: { position, title: attachment.title, fileId: attachment.fileId, sha256: attachment.file.sha256 } });
    const saved = await findFiling(tx, filingId);
    if (!saved) throw new Error(`filing ${filingId} vanished`);
    return saved;
  });
}
