import { randomUUID } from 'node:crypto';
import type { FilingCreateBody } from '@oryndau/contracts';
import type { Database, FilingRecord, JournalActor } from '@oryndau/db';
import { findFiling, insertFilingDraft } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { UserView } from '../identity/users';
import { toSubject } from '../identity/users';
import { applicantOf, checkDraftForm } from './filing-input';

/**
 * Issue 14 item 3 (FILE-2): a citizen (or a legal entity's representative)
 * starts a filing — a draft at version 1, journalled. The applicant is the
 * signed-in subject, or the legal entity they represent.
 */
export async function createFilingDraft(deps: { db: Database; clock: Clock }, user: UserView, actor: JournalActor, body: FilingCreateBody)
  : Promise<FilingRecord> {
  if (!can(toSubject(user), 'courts.file', undefined)) throw new DomainError(ErrorCode.forbidden);
  const now = deps.clock.now();
  const { service, ...form } = body;
  const { fields } = await checkDraftForm(deps.db, { service, form, user, now });
  const applicant = applicantOf(user);
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    await insertFilingDraft(tx, {
      ...fields, id, service, applicantUserId: user.id, applicantKind: applicant.kind, applicantIinBin: applicant.iinBin, applicantName: applicant.name,
    }, now);
    tx.journal({ at: now, actor, action: 'courts.filing_drafted', objectType: 'filing', objectId: id, subjectIin: user.iin,
      details: { service, courtId: fields.courtId, form: fields.form, instance: fields.instance, applicantKind: applicant.kind,
        applicantIinBin: applicant.iinBin, principalIinBin: fields.principalIinBin, powerOfAttorneyId: fields.powerOfAttorneyId,
        dutyTiyn: fields.dutyTiyn, appendix: fields.appendix.length } });
    const created = await findFiling(tx, id);
    if (!created) throw new Error(`filing ${id} vanished after insert`);
    return created;
  });
}
