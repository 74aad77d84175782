/**
 * ENF-12 eligibility of one candidate for one document under one rule.
 * Shared by `distribute()` and `reassign()` so a manual reassignment is
 * judged by exactly the rules the automatic one used.
 */
import { ExclusionCode } from './reasons';
import type { BailiffKind, DistributionRule } from './rules';
import { licenceValidOn, type RegisterLicence } from '../../licensing/register';

export type BailiffId = string;

export type DistributionDocument = {
  id: string;
  /** Executive-document category, matched against rule.category. */
  category: string;
  /** KATO id of the debtor's region. */
  debtorRegion: string;
  /** KATO id of the debtor's district, when known. */
  debtorDistrict?: string;
};

/**
 * A private bailiff's licence. LIC-8: when the licence register has one for
 * the bailiff, `register` carries its status and decides (a register licence
 * has no end date: `validUntil` is then far away); without it the profile's
 * dates decide, as before the register existed.
 */
export type Licence = { number: string; validFrom?: string; validUntil: string; register?: RegisterLicence };

export type Candidate = {
  id: BailiffId;
  kind: BailiffKind;
  /** KATO id of the region the bailiff serves. */
  region: string;
  /** Districts (KATO ids) served; absent = the whole region. */
  districts?: readonly string[];
  /** Open proceedings count, supplied by the caller. */
  load: number;
  /** Documents assigned in the recent window (first tie-break). */
  recentAssignments: number;
  /** Private bailiffs only. */
  licence?: Licence;
  /** False while on leave, suspended, …; absent = active. */
  active?: boolean;
};

export type CandidateView = {
  id: BailiffId;
  kind: BailiffKind;
  region: string;
  load: number;
  recentAssignments: number;
  licence: { valid: boolean; until: string | null };
  eligible: boolean;
  excludedBecause?: ExclusionCode;
};

/**
 * Kazakhstan is on +05 everywhere since 1 March 2024 (DOMAIN.md), so the
 * licence date is compared with the date at +05, not the UTC date.
 */
export function localDate(now: Date): string {
  return new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}

export function licenceValid(licence: Licence | undefined, now: Date): boolean {
  if (!licence) return false;
  const today = localDate(now);
  if (licence.register) return licenceValidOn(licence.register, today);
  return (licence.validFrom === undefined || licence.validFrom <= today) && today <= licence.validUntil;
}

/** The first reason that excludes the candidate, or undefined when eligible. */
export function exclusionOf(
  doc: DistributionDocument,
  c: Candidate,
  rule: DistributionRule,
  now: Date,
): ExclusionCode | undefined {
  if (c.active === false) return ExclusionCode.inactive;
  if (!rule.kinds.includes(c.kind)) return ExclusionCode.kindNotAllowed;
  if (c.region !== doc.debtorRegion) return ExclusionCode.outsideRegion;
  if (rule.territory === 'district' && doc.debtorDistrict !== undefined && c.districts !== undefined && !c.districts.includes(doc.debtorDistrict)) {
    return ExclusionCode.outsideDistrict;
  }
  if (c.kind === 'private') {
    if (!c.licence) return ExclusionCode.licenceAbsent;
    if (c.licence.register && !licenceValid(c.licence, now) && c.licence.register.issuedOn <= localDate(now)) return ExclusionCode.licenceSuspended;
    if (!licenceValid(c.licence, now)) return ExclusionCode.licenceExpired;
  }
  return undefined;
}

export function viewOf(c: Candidate, now: Date, excludedBecause: ExclusionCode | undefined): CandidateView {
  const view: CandidateView = {
    id: c.id,
    kind: c.kind,
    region: c.region,
    load: c.load,
    recentAssignments: c.recentAssignments,
    licence: { valid: c.kind === 'private' ? licenceValid(c.licence, now) : false, until: c.licence?.register && c.licence.register.status !== 'terminated' ? null : c.licence?.validUntil ?? null },
    eligible: excludedBecause === undefined,
  };
  if (excludedBecause !== undefined) view.excludedBecause = excludedBecause;
  return view;
}

/** Plain code-point order, not locale order: the tie-break must not depend on the runtime's ICU data. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
