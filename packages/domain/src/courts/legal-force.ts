/**
 * Issue 15 item 2 (FILE-15, SIG-6, seed 003 §48–49): the day a court act
 * enters into legal force, from its kind, the case's form and instance, and
 * the day it was made in final form — which in Oryndau is the day the last
 * judge signed it, the same instant it appears in the participants' cabinet
 * (§47), read in the court's zone.
 *
 * The terms are data with their sources (COURTS-LAW §2, marks C/C2/U/X as
 * there). How a term is counted: the day of the event is not counted; a term
 * in months ends on the same day of the month (the last day of a shorter
 * month); a last day that is not a working day moves to the next working day
 * (ГПК art. 123 p.3–4, УПК art. 48 p.4 — C). The act enters into force the
 * day AFTER the term's last day (ГПК art. 240 p.1 "по истечении срока",
 * УПК art. 470 p.1): that "next day" reading is ours — mark U.
 */
import { addDays, type IsoDate, type WorkingCalendar } from '@oryndau/kz';
import { addMonths } from '../enforcement/deadlines';
import type { CourtActKind } from './court-acts';
import type { CaseForm, Instance } from './reference';

export type SourceMark = 'C' | 'C2' | 'U' | 'X';

export type AppealTerm =
  /** Enters into force when announced/signed: no appeal term stands between (appellate acts). */
  | { readonly unit: 'none' }
  | { readonly unit: 'months' | 'calendar_days' | 'working_days'; readonly amount: number };

export type LegalForceRule = {
  readonly form: CaseForm | '*';
  readonly instance: Instance | '*';
  readonly kinds: readonly CourtActKind[];
  readonly term: AppealTerm;
  readonly source: string;
  readonly mark: SourceMark;
};

/**
 * First match wins. Acts not listed (the operative part announced at the
 * hearing, the hearing record) do not enter into force by themselves: the
 * full act does (§45) — null.
 */
export const LEGAL_FORCE_RULES: readonly LegalForceRule[] = [
  // ГПК art. 431 (COURTS-LAW §2): the appellate постановление enters into force when announced. Cassation: same reading, X (recheck ГПК ch. 54).
  { form: 'civil', instance: 'appeal', kinds: ['resolution', 'ruling', 'decision'], term: { unit: 'none' }, source: 'ГПК ст. 431', mark: 'C' },
  { form: '*', instance: 'cassation', kinds: ['resolution', 'ruling', 'decision'], term: { unit: 'none' }, source: 'ГПК гл. 54; УПК ст. 51 п.3', mark: 'X' },
  // УПК art. 470 p.1–3: on the day of the appellate ruling.
  { form: 'criminal', instance: 'appeal', kinds: ['resolution', 'ruling', 'sentence'], term: { unit: 'none' }, source: 'УПК ст. 470 п.1–3', mark: 'C' },
  // ГПК art. 403 p.3 (1 month from the decision in final form) and art. 240 p.1 (in force when it expires).
  { form: 'civil', instance: 'first', kinds: ['decision'], term: { unit: 'months', amount: 1 }, source: 'ГПК ст. 403 п.3, ст. 240 п.1', mark: 'C' },
  // ГПК art. 429 p.1: private complaint against a ruling within 10 working days.
  { form: 'civil', instance: 'first', kinds: ['ruling', 'resolution'], term: { unit: 'working_days', amount: 10 }, source: 'ГПК ст. 429 п.1', mark: 'C' },
  // A court order (судебный приказ): the debtor's objection term — not in COURTS-LAW; kept as data, unconfirmed.
  { form: 'civil', instance: 'first', kinds: ['court_order'], term: { unit: 'working_days', amount: 10 }, source: 'ГПК гл. 12 (не подтверждено)', mark: 'U' },
  // УПК art. 418 p.1: 15 days (суток) from pronouncement; art. 470 p.1: in force after it.
  { form: 'criminal', instance: 'first', kinds: ['sentence', 'resolution', 'ruling'], term: { unit: 'calendar_days', amount: 15 }, source: 'УПК ст. 418 п.1, ст. 470 п.1', mark: 'C' },
  // АППК art. 168 p.2–5: decision 2 months; rulings 10 working days; takes effect when the term expires.
  { form: 'administrative', instance: 'first', kinds: ['decision'], term: { unit: 'months', amount: 2 }, source: 'АППК ст. 168 п.2–5', mark: 'C' },
  { form: 'administrative', instance: 'first', kinds: ['ruling', 'resolution'], term: { unit: 'working_days', amount: 10 }, source: 'АППК ст. 168', mark: 'C' },
  { form: 'administrative', instance: 'appeal', kinds: ['resolution', 'ruling', 'decision'], term: { unit: 'none' }, source: 'АППК ст. 18 (ВС НП P240000005S)', mark: 'C2' },
];

export function legalForceRuleOf(form: CaseForm, instance: Instance, kind: CourtActKind): LegalForceRule | null {
  return LEGAL_FORCE_RULES.find((r) => (r.form === '*' || r.form === form) && (r.instance === '*' || r.instance === instance)
    && r.kinds.includes(kind)) ?? null;
}

export type LegalForce = {
  /** The last day an appeal may be filed (null when no term stands between). */
  readonly appealDeadline: IsoDate | null;
  /** The day the act enters into legal force. */
  readonly date: IsoDate;
  readonly rule: LegalForceRule;
};

/** The last day of `term` counted from `from` (the day of the event not counted), moved off a non-working day. */
export function appealDeadline(from: IsoDate, term: Exclude<AppealTerm, { unit: 'none' }>, calendar: WorkingCalendar): IsoDate {
  switch (term.unit) {
    case 'working_days': return calendar.addWorkingDays(from, term.amount);
    case 'calendar_days': return calendar.addWorkingDays(addDays(from, term.amount), 0);
    case 'months': return calendar.addWorkingDays(addMonths(from, term.amount), 0);
  }
}

/**
 * The legal-force date of an act made in final form on `finalFormDate` (the
 * court's local date). Null for an act that does not enter into force by
 * itself or whose kind has no rule for this form and instance.
 */
export function computeLegalForce(input: {
  kind: CourtActKind; form: CaseForm; instance: Instance; finalFormDate: IsoDate; calendar: WorkingCalendar;
}): LegalForce | null {
  const rule = legalForceRuleOf(input.form, input.instance, input.kind);
  if (!rule) return null;
  if (rule.term.unit === 'none') return { appealDeadline: null, date: input.finalFormDate, rule };
  const deadline = appealDeadline(input.finalFormDate, rule.term, input.calendar);
  return { appealDeadline: deadline, date: addDays(deadline, 1), rule };
}

/** An appeal received on or before the deadline (its receipt date in the court's zone, FILE-13) stops entry into force. */
export function appealBlocksEntry(legalForce: Pick<LegalForce, 'appealDeadline'>, appealReceiptDate: IsoDate): boolean {
  return legalForce.appealDeadline !== null && appealReceiptDate <= legalForce.appealDeadline;
}

/** The mark may be signed on the legal-force date or later, never before (SIG-6). */
export const legalForceMarkAllowedOn = (legalForceDate: IsoDate, today: IsoDate): boolean => today >= legalForceDate;

/** FILE-15: a mark still unsigned after its legal-force date's day has ended (in the court's zone) is overdue in the judge's work list. */
export const isLegalForceMarkOverdue = (legalForceDate: IsoDate, today: IsoDate): boolean => today > legalForceDate;
