import type { FilingCreateBody, FilingUpdateBody } from '@oryndau/contracts';
import type { CourtCaseRecord, CourtRecord, FilingDraftFields, Sql } from '@oryndau/db';
import { findActivePowersOfAttorney, findCourtCaseByNumber, listCourts } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import { isValidBin, isValidIin, localDateOf } from '@oryndau/kz';
import type { UserView } from '../identity/users';
import type { DutyBasisRecord } from './filing-store';
import { requireCourt } from './filing-store';

// Issue 14 item 3 (FILE-2): the form of a filing checked against the
// reference and turned into the draft's columns — the court, the target
// case, the parties' IIN/BIN check digits, the instance (from the service,
// or the target case's), the duty (FILE-4, stateDuty) and, when filing for
// a principal, a power of attorney that allows it today (f-send checks it
// again at sending; here it is only remembered).

export type DraftForm = Omit<FilingCreateBody, 'service'> | Omit<FilingUpdateBody, 'version'>;

export type Applicant = { kind: courts.ApplicantKind; iinBin: string; name: string };

/** Who files (FILE-3): the citizen, or the legal entity whose certificate they signed in with (they act for it). */
export function applicantOf(user: UserView): Applicant {
  return user.representing
    ? { kind: 'legal_entity', iinBin: user.representing.bin, name: user.representing.organisationName }
    : { kind: 'individual', iinBin: user.iin, name: user.fullName };
}

const validIdentifier = (kind: courts.ApplicantKind, value: string): boolean => (kind === 'individual' ? isValidIin(value) : isValidBin(value));

/** The target case by its number: at the court its number names (an appeal's case is at the first-instance court), else at the chosen one. */
async function findTargetCase(sql: Sql, number: string, chosen: CourtRecord): Promise<CourtCaseRecord | null> {
  const parsed = courts.parseCaseNumber(number);
  if (parsed && parsed.courtCode !== chosen.code) {
    const court = (await listCourts(sql)).find((c) => c.code === parsed.courtCode);
    if (court) return findCourtCaseByNumber(sql, court.id, number);
  }
  return findCourtCaseByNumber(sql, chosen.id, number);
}

export type CheckedDraft = { fields: FilingDraftFields; court: CourtRecord };

export async function checkDraftForm(sql: Sql, input: { service: courts.FilingService; form: DraftForm; user: UserView; now: Date })
  : Promise<CheckedDraft> {
  const { service, form, user, now } = input;
  const court = await requireCourt(sql, form.courtId);
  const fields: string[] = [];
  const categories = courts.participantCategoriesFor(form.form);
  form.parties.forEach((p, i) => {
    if (!validIdentifier(p.kind, p.iinBin)) fields.push(`parties.${i}.iinBin`);
    if (!categories.includes(p.category)) fields.push(`parties.${i}.category`);
  });
  const principal = form.principal ?? null;
  if (principal && !validIdentifier(principal.kind, principal.iinBin)) fields.push('principal.iinBin');
  if (fields.length > 0) throw new DomainError(ErrorCode.validation, { fields });

  const targetNumber = form.targetCaseNumber?.trim() || null;
  let target: CourtCaseRecord | null = null;
  if (courts.SERVICES_WITH_TARGET_CASE.includes(service) && targetNumber === null) {
    throw new DomainError(ErrorCode.targetCaseNotFound, { fields: ['targetCaseNumber'] });
  }
  if (targetNumber !== null) {
    target = await findTargetCase(sql, targetNumber, court);
    if (!target) throw new DomainError(ErrorCode.targetCaseNotFound, { fields: ['targetCaseNumber'] });
  }
  const instance = courts.INSTANCE_OF_SERVICE[service] ?? target?.instance ?? 'first';

  const applicant = applicantOf(user);
  const today = localDateOf(now, court.timeZone);
  const claimKind = courts.claimKindOf(form.claimKind, form.claimAmountTiyn ?? null);
  const exemption = form.exemption ?? null;
  const courtOrder = form.courtOrder === true;
  // The duty is the principal's when filing for one (who the claim is for decides the rate, not who types it).
  const payerKind = principal?.kind ?? applicant.kind;
  const duty = courts.filingDuty({
    service, form: form.form, applicantKind: payerKind, claimKind, claimAmountTiyn: form.claimAmountTiyn ?? null, courtOrder, exemption, on: today,
  });
  if (duty instanceof DomainError) throw duty;
  const dutyBasis: DutyBasisRecord = {
    claimKind, courtOrder, exemption, rate: duty.rate, basis: duty.basis, article: duty.article, confirmed: duty.confirmed,
  };

  let powerOfAttorneyId: string | null = null;
  if (principal && principal.iinBin !== applicant.iinBin) {
    const power = courts.POWER_FOR_SERVICE[service];
    const candidates = await findActivePowersOfAttorney(sql, principal.iinBin, user.iin, today);
    const usable = candidates.find((poa) => courts.checkPowerOfAttorney(poa, { trusteeIin: user.iin, principalIinBin: principal.iinBin, power, on: today }).ok);
    powerOfAttorneyId = usable?.id ?? null;
  }

  return {
    court,
    fields: {
      courtId: court.id, instance, form: form.form, category: form.category ?? null, targetCaseId: target?.id ?? null,
      principalKind: principal?.kind ?? null, principalIinBin: principal?.iinBin ?? null, principalName: principal?.name ?? null,
      powerOfAttorneyId, title: form.title, body: form.body,
      claimAmountTiyn: claimKind === 'property' ? form.claimAmountTiyn ?? null : null,
      dutyTiyn: duty.amountTiyn, dutyBasis: { ...dutyBasis },
      parties: form.parties.map((p) => ({ category: p.category, kind: p.kind, iinBin: p.iinBin, name: p.name, ...(p.address ? { address: p.address } : {}) })),
      appendix: [...form.appendix],
    },
  };
}
