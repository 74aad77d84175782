import type { LocalizedText } from '../localized';
import { Rng } from '../sim/prng';

// How a simulated body treats a request. Real bodies mostly answer within
// seconds, some take much longer (a day, in production), and some answer
// with an error instead of data; the bailiff's screens must handle all three,
// so the simulator produces all three — deterministically, so a demo and a
// test see the same thing for the same seed and request on every run.

export type SiopsoOutcome = 'answered' | 'late' | 'failed';

export const SIOPSO_OUTCOMES: readonly SiopsoOutcome[] = ['answered', 'late', 'failed'];

/** Shares of requests (0..1) answered late and answered with an error; the rest answer on time. */
export interface SiopsoOutcomeRates {
  readonly late: number;
  readonly failed: number;
}

export const DEFAULT_SIOPSO_OUTCOME_RATES: SiopsoOutcomeRates = { late: 0.2, failed: 0.1 };

/** A late answer takes this many times the base answer delay. */
export const SIOPSO_LATE_FACTOR = 20;

/** Throws RangeError unless both shares are in 0..1 and add up to at most 1. */
export function checkOutcomeRates(rates: SiopsoOutcomeRates): SiopsoOutcomeRates {
  const { late, failed } = rates;
  const share = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!share(late) || !share(failed) || late + failed > 1) {
    throw new RangeError(`SIOPSO outcome rates must be shares adding up to at most 1, got late ${late}, failed ${failed}`);
  }
  return rates;
}

/** One uniform draw per (seed, requestRef): the outcome and, for failures, which error. */
function drawOf(seed: number, requestRef: string): Rng {
  return new Rng(`siopso-outcome:${seed}:${requestRef}`);
}

/** The outcome of a request nobody forced: a pure function of the simulators' seed and the requestRef. */
export function siopsoOutcomeOf(seed: number, requestRef: string, rates: SiopsoOutcomeRates = DEFAULT_SIOPSO_OUTCOME_RATES): SiopsoOutcome {
  const u = drawOf(seed, requestRef).float();
  if (u < rates.failed) return 'failed';
  if (u < rates.failed + rates.late) return 'late';
  return 'answered';
}

/** The information system behind each request type, named as an error message would name it. */
const SERVICE_OF: Readonly<Record<string, LocalizedText>> = {
  real_estate: { kk: '«Жылжымайтын мүлік тізілімі» МДБ', ru: 'ГБД «Регистр недвижимости»' },
  vehicles: { kk: 'ІІМ ақпараттық жүйесі', ru: 'информационной системы МВД' },
  bank_accounts: { kk: 'банк', ru: 'банка' },
  employer_income: { kk: 'БЖЗҚ', ru: 'ЕНПФ' },
  civil_status: { kk: 'АХАЖ АЖ', ru: 'ИС ЗАГС' },
  gbd_fl_person: { kk: 'ЖТ МДБ', ru: 'ГБД ФЛ' },
  pension_contributions: { kk: 'БЖЗҚ', ru: 'ЕНПФ' },
};

const ANY_SERVICE: LocalizedText = { kk: 'ведомство', ru: 'ведомства' };

type ErrorText = (service: LocalizedText) => LocalizedText;

// What bodies actually send back through the e-government gateway (ШЭП /
// ЭҮШ): their service is down, the gateway gave up waiting, maintenance, or
// the request's signature was not accepted. Every one ends with what the
// bailiff should do, since the server shows the text as is.
const ERRORS: readonly ErrorText[] = [
  (s) => ({
    kk: `Ведомство жауап бермеді: ${s.kk} сервисі уақытша қолжетімсіз, сұрауды қайталаңыз`,
    ru: `Ведомство не ответило: сервис ${s.ru} временно недоступен, повторите запрос`,
  }),
  (s) => ({
    kk: `Ведомство қате қайтарды: ЭҮШ-те ${s.kk} жауабын күту уақыты өтті, сұрауды қайталаңыз`,
    ru: `Ведомство вернуло ошибку: истекло время ожидания ответа ${s.ru} в ШЭП, повторите запрос`,
  }),
  (s) => ({
    kk: `Ведомство қате қайтарды: ${s.kk} жағында техникалық жұмыстар жүргізілуде, сұрауды кейінірек қайталаңыз`,
    ru: `Ведомство вернуло ошибку: на стороне ${s.ru} ведутся технические работы, повторите запрос позднее`,
  }),
  () => ({
    kk: 'Ведомство сұрауды қабылдамады: сұраудың ЭЦҚ тексеруден өтпеді, сұрауға қайта қол қойып жіберіңіз',
    ru: 'Ведомство отклонило запрос: ЭЦП запроса не прошла проверку, подпишите и отправьте запрос заново',
  }),
];

/** The error a failed request reports; deterministic like the outcome, so a failure reads the same on every poll. */
export function siopsoErrorOf(seed: number, requestRef: string, typeCode: string): LocalizedText {
  const rng = drawOf(seed, requestRef);
  rng.float(); // the outcome's draw
  const make = rng.pick(ERRORS);
  return make(SERVICE_OF[typeCode] ?? ANY_SERVICE);
}
