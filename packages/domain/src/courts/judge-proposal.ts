/**
 * FILE-11: the automatic proposal of a judge for a new case, as ENF-12's
 * distribution does for bailiffs: pure, deterministic, and explaining itself
 * in kk and ru (the registration card shows the reason; the office may
 * choose another judge).
 *
 * Rule: among the court's ACTIVE judges, those whose specialisations name
 * the case's category or form; if none, any active judge (and the reason
 * says so). Then the fewest open cases, then the fewest cases assigned in
 * the last 30 days, then the smallest userId.
 */
import type { LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { CASE_FORM_TEXTS, type CaseForm } from './reference';

export type JudgeCandidate = {
  readonly userId: string;
  readonly name: string;
  /** Case forms and/or category codes the judge hears. */
  readonly specialisations: readonly string[];
  readonly active: boolean;
  readonly openCases: number;
  readonly assignedLast30Days: number;
};

export type JudgeProposalBasis = 'specialisation' | 'fallback';

export type JudgeProposal = {
  readonly userId: string;
  readonly basis: JudgeProposalBasis;
  readonly reason: LocalizedText;
};

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function byLoadThenRecentThenId(a: JudgeCandidate, b: JudgeCandidate): number {
  return a.openCases - b.openCases || a.assignedLast30Days - b.assignedLast30Days || compareIds(a.userId, b.userId);
}

function tie(sorted: readonly JudgeCandidate[]): LocalizedText {
  const [first, second] = sorted;
  if (first === undefined || second === undefined || second.openCases > first.openCases) {
    return { kk: 'ең аз жүктеме', ru: 'наименьшая нагрузка' };
  }
  if (second.assignedLast30Days > first.assignedLast30Days) {
    return { kk: 'жүктеме тең, соңғы 30 күнде ең аз іс бөлінген', ru: 'нагрузка равна, за последние 30 дней распределено меньше всего дел' };
  }
  return { kk: 'жүктеме мен соңғы бөлулер тең, тізім реті бойынша таңдалды', ru: 'нагрузка и последние распределения равны, выбран по порядку списка' };
}

export function proposeJudge(
  judges: readonly JudgeCandidate[],
  kase: { readonly form: CaseForm; readonly category?: string | null },
): JudgeProposal | DomainError {
  const active = judges.filter((j) => j.active);
  const wanted = [kase.form, ...(kase.category ? [kase.category] : [])];
  const specialised = active.filter((j) => j.specialisations.some((s) => wanted.includes(s)));
  const basis: JudgeProposalBasis = specialised.length > 0 ? 'specialisation' : 'fallback';
  const sorted = [...(basis === 'specialisation' ? specialised : active)].sort(byLoadThenRecentThenId);
  const winner = sorted[0];
  if (winner === undefined) return new DomainError(ErrorCode.noJudgeAvailable, { judges: judges.length });
  const why = tie(sorted);
  const form = CASE_FORM_TEXTS[kase.form];
  const who = basis === 'specialisation'
    ? { kk: `${form.kk} бойынша мамандандырылған ${sorted.length} судьяның ішінен`, ru: `из ${sorted.length} судей, специализирующихся на категории «${form.ru}»` }
    : {
      kk: `«${form.kk}» санаты бойынша мамандандырылған белсенді судья жоқ, сондықтан барлық ${sorted.length} белсенді судьяның ішінен`,
      ru: `судей со специализацией «${form.ru}» нет, поэтому из всех ${sorted.length} активных судей`,
    };
  return {
    userId: winner.userId,
    basis,
    reason: {
      kk: `${winner.name} ұсынылды ${who.kk}: ${why.kk} (ашық істер: ${winner.openCases}, соңғы 30 күнде бөлінгені: ${winner.assignedLast30Days}).`,
      ru: `Предложен(а) ${winner.name} ${who.ru}: ${why.ru} (открытых дел: ${winner.openCases}, распределено за 30 дней: ${winner.assignedLast30Days}).`,
    },
  };
}
