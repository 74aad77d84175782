/**
 * LIC-2, LIC-3: the documents an application carries, as data. The 2012
 * regulation (seed 004 §6 process 3) refers to «пункт 11 Стандарта» whose
 * text is not in the seed; the list below follows the historical art. 140 of
 * Law 261-IV (COURTS-LAW.md §6, mark X) — every item is `confirmed: false`
 * unless the seed itself names it. Keep it configurable; check against the
 * current standard (Order No. 69 of 29.05.2020, App. 2) before release.
 */
import type { LocalizedText } from '@oryndau/kz';
import type { LicensingService } from './services';

export type RequiredDocument = {
  readonly code: string;
  readonly text: LocalizedText;
  readonly services: readonly LicensingService[];
  /** False: the item is not seen in a confirmed source (shown as such to staff). */
  readonly confirmed: boolean;
  readonly source: string;
  /** Optional items are shown but not required to sign. */
  readonly required: boolean;
};

const HIST = 'Закон № 261-IV ст. 140 в ред. 2010 г. (COURTS-LAW.md §6, X) — не подтверждено';

export const REQUIRED_DOCUMENTS: readonly RequiredDocument[] = [
  { code: 'identity', services: ['issue', 'reissue', 'duplicate'], confirmed: true, required: true,
    source: 'seed 004 §16: наличие ИИН; ГБД ФЛ (§7)', text: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' } },
  { code: 'law_diploma', services: ['issue'], confirmed: false, required: true, source: HIST,
    text: { kk: 'Жоғары заң білімі туралы диплом', ru: 'Диплом о высшем юридическом образовании' } },
  { code: 'work_record', services: ['issue'], confirmed: false, required: true, source: HIST,
    text: { kk: 'Заң мамандығы бойынша жұмыс өтілін растайтын құжат', ru: 'Документ, подтверждающий стаж работы по юридической специальности' } },
  { code: 'internship', services: ['issue'], confirmed: false, required: true, source: `${HIST}; Приказ МЮ № 561 от 26.11.2019`,
    text: { kk: 'Жеке сот орындаушысында тағылымдамадан өткені туралы анықтама', ru: 'Справка о прохождении стажировки у частного судебного исполнителя' } },
  { code: 'exam_result', services: ['issue'], confirmed: false, required: true, source: `${HIST}; Приказ МЮ № 69 от 29.05.2020, прил. 1 (аттестация)`,
    text: { kk: 'Біліктілік емтиханын (аттестацияны) тапсырғаны туралы құжат', ru: 'Документ о сдаче квалификационного экзамена (аттестации)' } },
  { code: 'medical_narcology', services: ['issue'], confirmed: false, required: true, source: 'не подтверждено',
    text: { kk: 'Наркологиялық ұйымның анықтамасы', ru: 'Справка из наркологической организации' } },
  { code: 'medical_psychiatry', services: ['issue'], confirmed: false, required: true, source: 'не подтверждено',
    text: { kk: 'Психиатриялық ұйымның анықтамасы', ru: 'Справка из психиатрической организации' } },
  { code: 'no_conviction', services: ['issue'], confirmed: false, required: false, source: HIST,
    text: { kk: 'Соттылығының жоқтығы туралы анықтама', ru: 'Справка об отсутствии судимости' } },
  { code: 'name_change_proof', services: ['reissue'], confirmed: false, required: true, source: 'не подтверждено',
    text: { kk: 'Деректердің өзгергенін растайтын құжат', ru: 'Документ, подтверждающий изменение данных' } },
  { code: 'fee_receipt', services: ['issue', 'reissue', 'duplicate'], confirmed: true, required: false,
    source: 'seed 004 §6 процесс 4 (оплата через ПШЭП; при оплате онлайн квитанция не нужна)',
    text: { kk: 'Лицензиялық алымның төленгенін растайтын құжат', ru: 'Документ об оплате лицензионного сбора' } },
];

export function documentsFor(service: LicensingService): readonly RequiredDocument[] {
  return REQUIRED_DOCUMENTS.filter((d) => d.services.includes(service));
}

export function isDocumentCode(code: string): boolean {
  return REQUIRED_DOCUMENTS.some((d) => d.code === code);
}

/** Required document codes of the service that none of the attachments covers. */
export function missingDocuments(service: LicensingService, attachedCodes: readonly string[]): string[] {
  return documentsFor(service).filter((d) => d.required && d.code !== 'fee_receipt' && !attachedCodes.includes(d.code)).map((d) => d.code);
}
