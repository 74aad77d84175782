import type { EnpAccessRecord, JournalActor } from '@oryndau/db';

/** The journal's «who» for a participant on the portal: their IIN and, in the role, their category (ENP-11). */
export const participantActor = (access: EnpAccessRecord, requestId: string, address: string): JournalActor => ({
  userId: null, iin: access.iin, role: `enp_participant:${access.category}`, requestId, address,
});
