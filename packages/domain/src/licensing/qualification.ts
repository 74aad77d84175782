/**
 * Seed 004 §6 condition 4 / §7 condition 2: the licensor checks the
 * applicant against the qualification requirements. The checklist, each
 * item with its legal basis, is DATA: the current text of art. 140 of Law
 * 261-IV was not retrieved (COURTS-LAW.md §6 mark U); items follow the 2010
 * wording (mark X) and are marked unconfirmed.
 */
import type { LocalizedText } from '@oryndau/kz';

export type QualificationItem = {
  readonly code: string;
  readonly text: LocalizedText;
  readonly basis: string;
  readonly confirmed: boolean;
};

const ART140 = 'Закон РК № 261-IV «Об исполнительном производстве…» ст. 140 (ред. 2010, COURTS-LAW.md §6 — X)';

export const QUALIFICATION_CHECKLIST: readonly QualificationItem[] = [
  { code: 'citizen', basis: ART140, confirmed: false, text: { kk: 'Қазақстан Республикасының азаматы', ru: 'Гражданин Республики Казахстан' } },
  { code: 'age_25', basis: ART140, confirmed: false, text: { kk: 'Жасы 25-тен кем емес', ru: 'Возраст не менее 25 лет' } },
  { code: 'higher_law', basis: ART140, confirmed: false, text: { kk: 'Жоғары заң білімі бар', ru: 'Высшее юридическое образование' } },
  { code: 'internship', basis: `${ART140}; Приказ МЮ № 561 от 26.11.2019`, confirmed: false,
    text: { kk: 'Жеке сот орындаушысында кемінде бір жыл тағылымдамадан өтті', ru: 'Стажировка у частного судебного исполнителя не менее года' } },
  { code: 'exam', basis: `${ART140}; Приказ МЮ № 69 от 29.05.2020, прил. 1`, confirmed: false,
    text: { kk: 'Біліктілік емтиханын (аттестацияны) тапсырды', ru: 'Сдан квалификационный экзамен (аттестация)' } },
  { code: 'no_bar', basis: ART140, confirmed: false,
    text: { kk: 'Әрекетке қабілетсіздік, жойылмаған сотталғандық, сыбайлас жемқорлық құқық бұзушылығы, лицензиядан айырылу жоқ',
      ru: 'Нет недееспособности, непогашенной судимости, коррупционного правонарушения, ранее лишения лицензии' } },
];

export type ChecklistAnswers = Readonly<Record<string, boolean>>;

/** The item codes not marked as met; an issue needs none missing. */
export function unmetRequirements(answers: ChecklistAnswers): string[] {
  return QUALIFICATION_CHECKLIST.filter((item) => answers[item.code] !== true).map((item) => item.code);
}
