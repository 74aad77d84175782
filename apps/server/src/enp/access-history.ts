import type { EnpAccessEvent, EnpStaffAccessEvent } from '@oryndau/contracts';
import type { Database, EnpJournalView, JournalActor } from '@oryndau/db';
import { listEnpAccesses, listEnpCaseJournal, listEnpEasdAccesses, listEnpJournalOf } from '@oryndau/db';
import { courts, enp } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { loadEasdOfficeCase } from './easd-case';
import type { EasdDeps } from './easd-case';
import { loadOfficeCase } from './office-case';
import { enpJournalObject } from './enp-target';
import type { EnpTarget } from './enp-target';

// ENP-11: who looked at a case through ЭНП. The journal is the record
// (participant views and downloads, the office's looks at the ЭНП section);
// these are its two readings: the court's staff see everything (IIN, name,
// category, address), a participant sees when and by which category or
// court office — never another person's IIN, name or address.

const categoryOf = (e: EnpJournalView): courts.ParticipantCategory | null => {
  const c = e.details.category;
  return typeof c === 'string' && (courts.PARTICIPANT_CATEGORIES as readonly string[]).includes(c) ? c as courts.ParticipantCategory : null;
};

function baseEvent(e: EnpJournalView): EnpAccessEvent {
  const office = e.action === 'enp.office_viewed';
  const action = e.action === 'enp.document_downloaded' ? 'document_downloaded' : 'case_viewed';
  const category = categoryOf(e);
  return {
    at: e.at.toISOString(), action, actionName: enp.ENP_ACCESS_ACTION_TEXTS[action],
    who: office || !category ? enp.ENP_COURT_OFFICE_TEXT : courts.PARTICIPANT_CATEGORY_TEXTS[category],
    documentTitle: typeof e.details.documentTitle === 'string' ? e.details.documentTitle : null,
  };
}

/** The participant's reading (GET /api/enp/case/access-history). */
export async function participantAccessHistory(db: Database, target: EnpTarget): Promise<{ items: EnpAccessEvent[] }> {
  const { objectType, objectId } = enpJournalObject(target);
  return { items: (await listEnpJournalOf(db, objectType, objectId)).map(baseEvent) };
}

/** The staff's reading of journal entries: IIN, address, category, and the name the access (or the staff member) was issued under. */
function staffEvents(entries: EnpJournalView[], names: Map<string, string>): EnpStaffAccessEvent[] {
  return entries.map((e) => {
    const accessId = typeof e.details.accessId === 'string' ? e.details.accessId : null;
    const office = e.action === 'enp.office_viewed';
    return {
      ...baseEvent(e), iin: e.actorIin, address: e.address, category: office ? null : categoryOf(e),
      fullName: office ? (typeof e.details.staffName === 'string' ? e.details.staffName : null) : (accessId ? names.get(accessId) ?? null : null),
    };
  });
}

/** The staff's reading (GET /api/enp/office/cases/:caseId/access-history). */
export async function staffAccessHistory(db: Database, subject: Subject, caseId: string): Promise<{ items: EnpStaffAccessEvent[] }> {
  await loadOfficeCase(db, subject, caseId, 'enp.history.read');
  const names = new Map((await listEnpAccesses(db, caseId)).map((a) => [a.id, a.fullName]));
  return { items: staffEvents(await listEnpCaseJournal(db, caseId), names) };
}

/**
 * ENP-10, ENP-11: the same for an old case of the archive system ЭАСД (GET
 * /api/enp/office/easd/:archiveId/access-history) — the court the archive
 * names is the one whose staff read it (404 for another court's, as the
 * ЭАСД section itself).
 */
export async function staffEasdAccessHistory(deps: EasdDeps & { db: Database }, subject: Subject, archiveId: string)
  : Promise<{ items: EnpStaffAccessEvent[] }> {
  const data = await loadEasdOfficeCase(deps, subject, archiveId, 'enp.history.read');
  const names = new Map((await listEnpEasdAccesses(deps.db, data.pkg.archiveId)).map((a) => [a.id, a.fullName]));
  return { items: staffEvents(await listEnpJournalOf(deps.db, 'easd_case', data.pkg.archiveId), names) };
}

/** ENP-11: the office opened the case's ЭНП section — journalled, so the participant sees the court office looked. */
export async function journalOfficeView(deps: { db: Database; clock: Clock }, actor: JournalActor, caseId: string, staffName: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor, action: 'enp.office_viewed', objectType: 'court_case', objectId: caseId, details: { staffName } });
  });
}
