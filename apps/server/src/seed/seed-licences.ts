import { randomUUID } from 'node:crypto';
import type { Tx } from '@oryndau/db';
import { ensureLicensingCounterAtLeast, insertLicence, insertRegisterAct, setLicenceStatus } from '@oryndau/db';
import { addDays } from '@oryndau/kz';

/** Licence numbers below this were taken over from before the register (the demo's and any imported ones); the sequence continues above. */
export const REGISTER_SEQUENCE_START = 1000;

/**
 * LIC-8: the demo private bailiffs' licences in the register, taken over from
 * their profiles (an `issued` act without a document: they predate the
 * e-licence). A licence whose profile end date has passed is `terminated`
 * from the next day, so distribution reads the same answer from the register.
 */
export async function seedRegisterLicence(tx: Tx, person: { iin: string; fullName: string; regionKato: string },
  licence: { number: string; validFrom: string; validUntil: string }, now: Date): Promise<void> {
  const id = randomUUID();
  await insertLicence(tx, { id, number: licence.number, licenseeIin: person.iin, licenseeName: person.fullName, regionKato: person.regionKato,
    issuedOn: licence.validFrom, applicationId: null, replacesId: null, documentId: null, signatureId: null });
  await insertRegisterAct(tx, { id: randomUUID(), licenceId: id, act: 'issued', ground: 'taken_over', groundText: null, effectiveOn: licence.validFrom,
    status: 'signed', documentId: null, signatureId: null, createdAt: now, createdBy: null });
  const today = now.toISOString().slice(0, 10);
  if (licence.validUntil < today) {
    const since = addDays(licence.validUntil, 1);
    await setLicenceStatus(tx, id, 1, 'terminated', since);
    await insertRegisterAct(tx, { id: randomUUID(), licenceId: id, act: 'terminated', ground: 'term_expired', groundText: null, effectiveOn: since,
      status: 'signed', documentId: null, signatureId: null, createdAt: now, createdBy: null });
  }
  await ensureLicensingCounterAtLeast(tx, 'licence', REGISTER_SEQUENCE_START);
}
