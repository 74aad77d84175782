/**
 * LIC-1 (seed 004, title): the three services — issue a licence, re-issue
 * it (переоформление), issue a duplicate — and their reasons as data.
 * Re-issue reasons: the 2012 regulation names none; the ones below follow
 * the Law on permits and notifications (art. 33: change of the licensee's
 * name/surname, of identity data) — UNCONFIRMED for ЧСИ, kept as data.
 */
import type { LocalizedText } from '@oryndau/kz';

export const LICENSING_SERVICES = ['issue', 'reissue', 'duplicate'] as const;
export type LicensingService = (typeof LICENSING_SERVICES)[number];

export const LICENSING_SERVICE_TEXTS: Readonly<Record<LicensingService, LocalizedText>> = {
  issue: { kk: 'Жеке сот орындаушысы қызметімен айналысу құқығына лицензия беру',
    ru: 'Выдача лицензии на право занятия деятельностью частного судебного исполнителя' },
  reissue: { kk: 'Жеке сот орындаушысының лицензиясын қайта ресімдеу', ru: 'Переоформление лицензии частного судебного исполнителя' },
  duplicate: { kk: 'Жеке сот орындаушысы лицензиясының телнұсқасын беру', ru: 'Выдача дубликата лицензии частного судебного исполнителя' },
};

export type ReasonEntry = { readonly code: string; readonly text: LocalizedText; readonly confirmed: boolean; readonly source: string };

export const REISSUE_REASONS = [
  { code: 'name_changed', confirmed: false, source: 'Закон РК «О разрешениях и уведомлениях» ст. 33 (не сверено для ЧСИ)',
    text: { kk: 'Лицензиаттың тегі, аты немесе әкесінің аты өзгерді', ru: 'Изменение фамилии, имени или отчества лицензиата' } },
  { code: 'identity_data_changed', confirmed: false, source: 'Закон РК «О разрешениях и уведомлениях» ст. 33 (не сверено для ЧСИ)',
    text: { kk: 'Лицензиаттың жеке басын куәландыратын деректері өзгерді', ru: 'Изменение данных документа, удостоверяющего личность лицензиата' } },
  { code: 'territory_changed', confirmed: false, source: 'не подтверждено',
    text: { kk: 'Қызмет аумағы өзгерді', ru: 'Изменение территории деятельности' } },
] as const satisfies readonly ReasonEntry[];
export type ReissueReason = (typeof REISSUE_REASONS)[number]['code'];

export const DUPLICATE_REASONS = [
  { code: 'lost', confirmed: true, source: 'Приказ МЮ РК № 292 от 24.08.2012 (seed 004), наименование услуги',
    text: { kk: 'Лицензия жоғалды', ru: 'Утеря лицензии' } },
  { code: 'damaged', confirmed: true, source: 'Приказ МЮ РК № 292 от 24.08.2012 (seed 004), наименование услуги',
    text: { kk: 'Лицензия бүлінді', ru: 'Порча лицензии' } },
] as const satisfies readonly ReasonEntry[];
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number]['code'];

export function isLicensingService(value: string): value is LicensingService {
  return (LICENSING_SERVICES as readonly string[]).includes(value);
}

/** The reason a service needs: none for `issue`; one of its own list for the other two. Null when valid, else the field name. */
export function serviceReasonProblem(service: LicensingService, reason: string | null | undefined): 'reason' | null {
  if (service === 'issue') return reason ? 'reason' : null;
  const list: readonly ReasonEntry[] = service === 'reissue' ? REISSUE_REASONS : DUPLICATE_REASONS;
  return reason && list.some((r) => r.code === reason) ? null : 'reason';
}

/** A re-issue or duplicate is asked for an existing licence; an issue never is. */
export function needsExistingLicence(service: LicensingService): boolean {
  return service !== 'issue';
}
