/**
 * FILE-4: the state duty of a filing as the form describes it — which
 * proceeding (a claim, a court order, an appeal, …), what is claimed and
 * who applies — computed with `stateDuty` (duty.ts, rates as data). Pure:
 * the filing day comes in.
 *
 * Criminal cases: a complaint or application in a criminal case is not
 * charged (art. 665 of the Tax Code has no rate for it); marked unconfirmed
 * like the other "no rate" entries, so the screen says so.
 */
import type { IsoDate, LocalizedText, MrpEntry, Tiyn } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { dutyProceedingOf, stateDuty, type ClaimSubject, type DutyResult } from './duty';
import type { DutyExemption, DutyRateCode } from './duty-rates';
import type { ApplicantKind, CaseForm, FilingService } from './reference';

export type ClaimKind = 'property' | 'non_property' | 'divorce';

export type FilingDutyInput = {
  readonly service: FilingService;
  readonly form: CaseForm;
  readonly applicantKind: ApplicantKind;
  readonly claimKind: ClaimKind;
  readonly claimAmountTiyn: Tiyn | null;
  /** A claim filed as an application for a court order. */
  readonly courtOrder: boolean;
  readonly exemption: DutyExemption | null;
  readonly on: IsoDate;
  readonly mrpTable?: readonly MrpEntry[];
};

export type FilingDutyResult = Omit<DutyResult, 'rate'> & { readonly rate: DutyRateCode | 'exempt' | 'not_charged' };

export const CRIMINAL_NOT_CHARGED: LocalizedText = {
  kk: 'Қылмыстық іс бойынша арыздан (шағымнан) мемлекеттік баж алынбайды — Салық кодексінің 665-бабында мөлшерлеме жоқ (расталмаған)',
  ru: 'С заявления (жалобы) по уголовному делу государственная пошлина не взимается — в статье 665 Налогового кодекса ставки нет (не подтверждено)',
};

/** The kind of claim the form implies when the applicant did not say: a sum given means a property claim. */
export function claimKindOf(claimKind: ClaimKind | undefined, claimAmountTiyn: Tiyn | null | undefined): ClaimKind {
  return claimKind ?? (claimAmountTiyn !== null && claimAmountTiyn !== undefined && claimAmountTiyn > 0 ? 'property' : 'non_property');
}

/** The duty of the filing, or a DomainError (a property claim without a valid amount). */
export function filingDuty(input: FilingDutyInput): FilingDutyResult | DomainError {
  if (input.form === 'criminal' && input.exemption === null) {
    return { amountTiyn: 0, rate: 'not_charged', basis: CRIMINAL_NOT_CHARGED, article: 'НК-2026 ст. 665 (ставки нет)', confirmed: false };
  }
  const subject: ClaimSubject = input.claimKind === 'property'
    ? { kind: 'property', amountTiyn: input.claimAmountTiyn ?? 0 }
    : { kind: input.claimKind };
  if (input.claimKind === 'property' && (input.claimAmountTiyn === null || input.claimAmountTiyn <= 0)) {
    return new DomainError(ErrorCode.claimAmountInvalid, { fields: ['claimAmountTiyn'] });
  }
  const base = dutyProceedingOf(input.service);
  const proceeding = base === 'claim' && input.courtOrder ? 'court_order' : base;
  return stateDuty({
    proceeding, applicantKind: input.applicantKind, subject, on: input.on,
    ...(input.exemption === null ? {} : { exemption: input.exemption }),
    ...(input.mrpTable === undefined ? {} : { mrpTable: input.mrpTable }),
  });
}
