/**
 * LIC-6 (seed 004 §14, appendix 3): after the result the applicant answers
 * two questions on a 3-point scale — 1 not satisfied, 2 partly, 3 satisfied.
 * The licensor's dashboard shows the distribution and the share of
 * applications decided within their deadline.
 */
import type { LocalizedText } from '@oryndau/kz';

export const SURVEY_QUESTIONS = [
  { code: 'process', text: { kk: 'Электрондық мемлекеттік көрсетілетін қызметті көрсету процесінің сапасына және нәтижесіне қанағаттандыңыз ба?',
    ru: 'Удовлетворены ли Вы качеством процесса и результатом оказания электронной государственной услуги?' } },
  { code: 'information', text: { kk: 'Электрондық мемлекеттік көрсетілетін қызметті көрсету тәртібі туралы ақпараттың сапасына қанағаттандыңыз ба?',
    ru: 'Удовлетворены ли Вы качеством информации о порядке оказания электронной государственной услуги?' } },
] as const satisfies readonly { code: string; text: LocalizedText }[];

export const SURVEY_SCALE: Readonly<Record<1 | 2 | 3, LocalizedText>> = {
  1: { kk: 'қанағаттанбадым', ru: 'не удовлетворен' },
  2: { kk: 'ішінара қанағаттандым', ru: 'частично удовлетворен' },
  3: { kk: 'қанағаттандым', ru: 'удовлетворен' },
};

export type SurveyScore = 1 | 2 | 3;
export type SurveyCounts = { readonly 1: number; readonly 2: number; readonly 3: number };

export function isSurveyScore(value: unknown): value is SurveyScore {
  return value === 1 || value === 2 || value === 3;
}

/** Share (0…1, 4 decimals) of decided applications decided on or before their deadline; null when none decided. */
export function shareDecidedInTime(decided: readonly { deadline: string; decidedOn: string }[]): number | null {
  if (decided.length === 0) return null;
  const inTime = decided.filter((d) => d.decidedOn <= d.deadline).length;
  return Math.round((inTime / decided.length) * 10_000) / 10_000;
}

/** Mean score (1…3, 2 decimals), null with no answers. */
export function meanScore(counts: SurveyCounts): number | null {
  const total = counts[1] + counts[2] + counts[3];
  if (total === 0) return null;
  return Math.round(((counts[1] + 2 * counts[2] + 3 * counts[3]) / total) * 100) / 100;
}
