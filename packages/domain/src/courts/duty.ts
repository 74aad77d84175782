/**
 * FILE-4: the state duty of a filing, computed from the rates in
 * duty-rates.ts and the MRP of the filing day (@oryndau/kz, general
 * purpose). Pure: the date comes in.
 *
 * Rounding (one rule, stated here and in docs/courts.md): every step is in
 * whole tiyn, half away from zero (half-up for these positive amounts) —
 * the percentage of the claim (kz `percentOf`), a fractional MRP (kz
 * `mrpToTiyn`) and a 50 % share each round once; the cap compares rounded
 * amounts. No rounding to whole tenge is applied (none is prescribed).
 */
import { mrpToTiyn, percentOf, type IsoDate, type LocalizedText, type MrpEntry, type Tiyn, MRP_TABLE } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { DUTY_EXEMPTIONS, DUTY_RATES, type DutyExemption, type DutyRate, type DutyRateCode } from './duty-rates';
import type { ApplicantKind, FilingService } from './reference';

/** What is claimed: a sum (property), nothing valued (non-property), or a divorce. */
export type ClaimSubject =
  | { readonly kind: 'property'; readonly amountTiyn: Tiyn }
  | { readonly kind: 'non_property' }
  | { readonly kind: 'divorce' };

/** The proceeding the duty is for; a court order is filed as a `claim` service with this proceeding. */
export type DutyProceeding = 'claim' | 'court_order' | 'appeal' | 'cassation' | 'hearing_record';

export type DutyInput = {
  readonly proceeding: DutyProceeding;
  readonly applicantKind: ApplicantKind;
  /** Needed for claim, court order and cassation (the first-instance rate it is a share of). */
  readonly subject?: ClaimSubject;
  /** The filing day: picks the MRP. */
  readonly on: IsoDate;
  readonly exemption?: DutyExemption;
  /** Another MRP table (rows from the database); the built-in one by default. */
  readonly mrpTable?: readonly MrpEntry[];
};

export type DutyResult = {
  readonly amountTiyn: Tiyn;
  /** The rate applied, or 'exempt' (art. 668). */
  readonly rate: DutyRateCode | 'exempt';
  readonly basis: LocalizedText;
  readonly article: string;
  /** False when the rate (or the absence of one) is not confirmed in the law's text (mark U/X). */
  readonly confirmed: boolean;
  readonly exempt?: DutyExemption;
};

/** The proceeding of a service (a court order is chosen on the claim form, not here). */
export function dutyProceedingOf(service: FilingService): DutyProceeding {
  switch (service) {
    case 'claim': return 'claim';
    case 'appeal': return 'appeal';
    case 'cassation': return 'cassation';
    case 'hearing_record_request':
    case 'hearing_record_remarks':
      return 'hearing_record';
  }
}

const halfOf = (amount: Tiyn, shareBp: number): Tiyn => percentOf(amount, shareBp);

function firstInstance(subject: ClaimSubject, applicant: ApplicantKind, on: IsoDate, table: readonly MrpEntry[]): { rate: DutyRate; amount: Tiyn } {
  switch (subject.kind) {
    case 'property': {
      const rate = DUTY_RATES[applicant === 'individual' ? 'property_individual' : 'property_legal_entity'];
      const share = percentOf(subject.amountTiyn, rate.percentBp ?? 0);
      const cap = mrpToTiyn(rate.capMrp ?? 0, on, 'general', table);
      return { rate, amount: Math.min(share, cap) };
    }
    case 'non_property':
      return { rate: DUTY_RATES.non_property, amount: mrpToTiyn(DUTY_RATES.non_property.mrp ?? 0, on, 'general', table) };
    case 'divorce':
      return { rate: DUTY_RATES.divorce, amount: mrpToTiyn(DUTY_RATES.divorce.mrp ?? 0, on, 'general', table) };
  }
}

const confirmedMark = (rate: DutyRate): boolean => rate.mark === 'C' || rate.mark === 'C2';

function result(rate: DutyRate, amountTiyn: Tiyn, base?: DutyRate): DutyResult {
  const basis = base === undefined ? rate.basis : { kk: `${rate.basis.kk}. ${base.basis.kk}`, ru: `${rate.basis.ru}. ${base.basis.ru}` };
  const article = base === undefined ? rate.article : `${rate.article}; ${base.article}`;
  return { amountTiyn, rate: rate.code, basis, article, confirmed: confirmedMark(rate) && (base === undefined || confirmedMark(base)) };
}

function needsSubject(input: DutyInput): ClaimSubject | DomainError {
  const s = input.subject;
  if (s === undefined) return new DomainError(ErrorCode.validation, { fields: ['subject'] });
  if (s.kind === 'property' && (!Number.isSafeInteger(s.amountTiyn) || s.amountTiyn <= 0)) {
    return new DomainError(ErrorCode.claimAmountInvalid, { amountTiyn: s.amountTiyn });
  }
  return s;
}

/** The duty of a filing, or a DomainError for a claim without a valid amount. */
export function stateDuty(input: DutyInput): DutyResult | DomainError {
  const table = input.mrpTable ?? MRP_TABLE;
  if (input.exemption !== undefined) {
    const ex = DUTY_EXEMPTIONS[input.exemption];
    return {
      amountTiyn: 0, rate: 'exempt', exempt: ex.code, article: ex.article, confirmed: ex.mark === 'C' || ex.mark === 'C2',
      basis: {
        kk: `Мемлекеттік баж төлеуден босатылған: ${ex.text.kk} (Салық кодексінің 668-бабы)`,
        ru: `Освобождено от уплаты государственной пошлины: ${ex.text.ru} (статья 668 Налогового кодекса)`,
      },
    };
  }
  switch (input.proceeding) {
    case 'appeal':
      return result(DUTY_RATES.appeal, 0);
    case 'hearing_record':
      return result(DUTY_RATES.hearing_record, 0);
    case 'claim': {
      const subject = needsSubject(input);
      if (subject instanceof DomainError) return subject;
      const { rate, amount } = firstInstance(subject, input.applicantKind, input.on, table);
      return result(rate, amount);
    }
    case 'court_order':
    case 'cassation': {
      const subject = needsSubject(input);
      if (subject instanceof DomainError) return subject;
      // A court order is only for sums (ГПК ch. 12): it has no non-property rate to take half of.
      if (input.proceeding === 'court_order' && subject.kind !== 'property') {
        return new DomainError(ErrorCode.claimAmountInvalid, { subject: subject.kind });
      }
      const own = DUTY_RATES[input.proceeding];
      const base = firstInstance(subject, input.applicantKind, input.on, table);
      return result(own, halfOf(base.amount, own.shareBp ?? 0), base.rate);
    }
  }
}
