import type { JournalActor } from '@oryndau/db';
import { APPLICATION_OBJECT } from './licensing-store';
import type { LicensingDeps } from './licensing-store';

/** LIC-7, X-2: a staff member's list of applications shows personal data of many applicants: one entry naming whose. */
export async function journalList(deps: LicensingDeps, actor: JournalActor, iins: readonly string[], searchedIin: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor, action: 'licensing.applications_listed', objectType: APPLICATION_OBJECT, objectId: null,
      subjectIin: searchedIin, details: { count: iins.length, iins: [...new Set(iins)].slice(0, 200) } });
  });
}
