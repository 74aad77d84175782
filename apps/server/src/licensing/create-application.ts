import { randomUUID } from 'node:crypto';
import type { GbdFlPort, Person } from '@oryndau/adapters';
import { isAdapterError } from '@oryndau/adapters';
import type { LicensingApplicationBody, LicensingStaffApplicationBody } from '@oryndau/contracts';
import type { JournalActor, LicensingApplicationRecord } from '@oryndau/db';
import { findLicenceByNumber, findLicensingApplication, insertLicensingApplication, recordJournal } from '@oryndau/db';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { APPLICATION_OBJECT } from './licensing-store';
import type { LicensingDeps } from './licensing-store';

export type CreateDeps = LicensingDeps & { gbdFl: () => GbdFlPort };

/** LIC-1: a re-issue or duplicate names the applicant's own current licence; an issue names none. */
async function previousLicenceId(deps: LicensingDeps, body: LicensingApplicationBody, iin: string): Promise<string | null> {
  const reasonProblem = licensing.serviceReasonProblem(body.service, body.reason ?? null);
  if (reasonProblem) throw new DomainError(ErrorCode.validation, { fields: [reasonProblem] });
  if (!licensing.needsExistingLicence(body.service)) return null;
  const licence = body.licenceNumber ? await findLicenceByNumber(deps.db, body.licenceNumber.trim()) : null;
  if (!licence || licence.licenseeIin !== iin || licence.status === 'terminated' || licence.status === 'replaced') {
    throw new DomainError(ErrorCode.validation, { fields: ['licenceNumber'] });
  }
  return licence.id;
}

const personJson = (p: Person): Record<string, unknown> => ({ iin: p.iin, surname: p.surname, name: p.name, patronymic: p.patronymic,
  birthDate: p.birthDate, citizenship: p.citizenship, address: p.registeredAddress.full, document: p.document });
const fullNameOf = (p: Person) => [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');

/** ГБД ФЛ's record, null when the person is not there; unreachable: 503. */
async function lookUp(deps: CreateDeps, iin: string): Promise<Person | null> {
  try {
    return await deps.gbdFl().getPersonByIin(iin);
  } catch (error) {
    if (isAdapterError(error) && error.code === 'not_found') return null;
    if (error instanceof DomainError) throw error;
    throw new DomainError(ErrorCode.externalUnavailable, { system: 'gbd-fl' });
  }
}

/**
 * LIC-2 (seed 004 §6 process 3): a citizen signed in with ЭЦП picks the
 * service and starts the form. ГБД ФЛ's data are kept for the reviewer when
 * the person is found (the portal sign-in already proved who they are).
 */
export async function createPortalApplication(deps: CreateDeps, subject: Subject, fullName: string, actor: JournalActor,
  body: LicensingApplicationBody): Promise<LicensingApplicationRecord> {
  if (!can(subject, 'licensing.apply', null)) throw new DomainError(ErrorCode.forbidden);
  const previous = await previousLicenceId(deps, body, subject.iin);
  const person = await lookUp(deps, subject.iin);
  const now = deps.clock.now();
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await insertLicensingApplication(tx, { id, service: body.service, serviceReason: body.reason ?? null, channel: 'portal', applicantUserId: subject.id,
      applicantIin: subject.iin, fullName, regionKato: body.regionKato, email: body.email ?? null, language: body.language,
      previousLicenceId: previous, createdAt: now, createdBy: subject.id, gbdPerson: person ? personJson(person) : null });
    tx.journal({ at: now, actor, action: 'licensing.application_created', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: subject.iin,
      details: { service: body.service, reason: body.reason ?? null, channel: 'portal' } });
  });
  return (await findLicensingApplication(deps.db, id))!;
}

/**
 * LIC-3 (seed 004 §7): the licensor's employee enters the applicant. ГБД ФЛ
 * is asked (process 3); a person not there is refused at once (condition 1,
 * process 4) — the attempt is journalled and the answer names the reason.
 * Otherwise a draft with the name from ГБД ФЛ; paper documents follow.
 */
export async function enterStaffApplication(deps: CreateDeps, subject: Subject, actor: JournalActor, body: LicensingStaffApplicationBody)
  : Promise<LicensingApplicationRecord> {
  if (!can(subject, 'licensing.application.enter', undefined)) throw new DomainError(ErrorCode.forbidden);
  const person = await lookUp(deps, body.applicantIin);
  const now = deps.clock.now();
  if (!person) {
    await recordJournal(deps.db, { at: now, actor, action: 'licensing.application_refused_gbd', objectType: APPLICATION_OBJECT, objectId: null,
      subjectIin: body.applicantIin, details: { reason: 'person_not_found', service: body.service } });
    throw new DomainError(ErrorCode.licensingPersonNotFound);
  }
  const previous = await previousLicenceId(deps, body, body.applicantIin);
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await insertLicensingApplication(tx, { id, service: body.service, serviceReason: body.reason ?? null, channel: 'staff', applicantUserId: null,
      applicantIin: body.applicantIin, fullName: fullNameOf(person), regionKato: body.regionKato, email: body.email ?? null, language: body.language,
      previousLicenceId: previous, createdAt: now, createdBy: subject.id, gbdPerson: personJson(person) });
    tx.journal({ at: now, actor, action: 'licensing.application_entered', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: body.applicantIin,
      details: { service: body.service, reason: body.reason ?? null, channel: 'staff' } });
  });
  return (await findLicensingApplication(deps.db, id))!;
}
