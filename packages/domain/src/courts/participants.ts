/**
 * Participant categories (COURTS-DESIGN.md), grouped by case form. Russian
 * terms follow ГПК arts. 47–58 and УПК art. 7 (COURTS-LAW.md §7, C); the
 * Kazakh civil terms follow the Kazakh text of ГПК (талап қоюшы, жауапкер).
 * The Kazakh criminal terms and the administrative ones were not checked
 * against the codes' Kazakh texts (COURTS-LAW.md §7: U).
 */
import type { LocalizedText } from '@oryndau/kz';

/** Form is re-declared here as a type only, so this file does not import reference.ts (which re-exports it). */
type Form = 'civil' | 'criminal' | 'administrative';

export const PARTICIPANT_CATEGORIES = [
  'plaintiff', 'defendant', 'third_party', 'applicant', 'interested_person',
  'accused', 'suspect', 'victim', 'private_prosecutor', 'civil_plaintiff', 'civil_defendant', 'investigator',
  'person_prosecuted',
  'representative', 'legal_representative', 'lawyer', 'prosecutor',
] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

/** Categories of each form, then those of any form. */
export const PARTICIPANT_CATEGORIES_BY_FORM: Readonly<Record<Form | 'any', readonly ParticipantCategory[]>> = {
  civil: ['plaintiff', 'defendant', 'third_party', 'applicant', 'interested_person'],
  criminal: ['accused', 'suspect', 'victim', 'private_prosecutor', 'civil_plaintiff', 'civil_defendant', 'investigator'],
  administrative: ['person_prosecuted'],
  any: ['representative', 'legal_representative', 'lawyer', 'prosecutor'],
};

/** The categories a participant of a case of that form may have (its own, then the common ones). */
export function participantCategoriesFor(form: Form): readonly ParticipantCategory[] {
  return [...PARTICIPANT_CATEGORIES_BY_FORM[form], ...PARTICIPANT_CATEGORIES_BY_FORM.any];
}

export const PARTICIPANT_CATEGORY_TEXTS: Readonly<Record<ParticipantCategory, LocalizedText>> = {
  plaintiff: { kk: 'Талап қоюшы', ru: 'Истец' },
  defendant: { kk: 'Жауапкер', ru: 'Ответчик' },
  third_party: { kk: 'Үшінші тұлға', ru: 'Третье лицо' },
  applicant: { kk: 'Арыз беруші', ru: 'Заявитель' },
  interested_person: { kk: 'Мүдделі тұлға', ru: 'Заинтересованное лицо' },
  accused: { kk: 'Айыпталушы', ru: 'Обвиняемый' },
  suspect: { kk: 'Күдікті', ru: 'Подозреваемый' },
  victim: { kk: 'Жәбірленуші', ru: 'Потерпевший' },
  private_prosecutor: { kk: 'Жеке айыптаушы', ru: 'Частный обвинитель' },
  civil_plaintiff: { kk: 'Азаматтық талап қоюшы', ru: 'Гражданский истец' },
  civil_defendant: { kk: 'Азаматтық жауапкер', ru: 'Гражданский ответчик' },
  investigator: { kk: 'Тергеуші', ru: 'Следователь' },
  person_prosecuted: {
    kk: 'Әкімшілік жауаптылыққа тартылатын тұлға',
    ru: 'Лицо, привлекаемое к административной ответственности',
  },
  representative: { kk: 'Өкіл', ru: 'Представитель' },
  legal_representative: { kk: 'Заңды өкіл', ru: 'Законный представитель' },
  lawyer: { kk: 'Адвокат', ru: 'Адвокат' },
  prosecutor: { kk: 'Прокурор', ru: 'Прокурор' },
};

/** Words that are the same in both languages (the reference test allows kk = ru only for these). */
export const SAME_IN_BOTH_LANGUAGES: readonly string[] = ['Адвокат', 'Прокурор'];
