/**
 * LIC-2, LIC-3, seed 004 §6–§7: the reasons an application is refused, kk
 * and ru, as reference data. The automatic ones come from the seed's
 * conditions; the reviewer's ones from the qualification check. Refusal
 * grounds in the current law were not retrieved (COURTS-LAW.md §6 — U):
 * `confirmed` says which come from the seed's text itself.
 */
import type { LocalizedText } from '@oryndau/kz';

export type RefusalReason = { readonly code: string; readonly text: LocalizedText; readonly automatic: boolean; readonly confirmed: boolean };

export const LICENSING_REFUSAL_REASONS = [
  { code: 'not_paid', automatic: true, confirmed: true, // §6 process 5
    text: { kk: 'Мемлекеттік көрсетілетін қызметке ақы төленбеген', ru: 'Отсутствует оплата за оказание государственной услуги' } },
  { code: 'signature_not_confirmed', automatic: true, confirmed: true, // §6 process 7
    text: { kk: 'Алушының ЭЦҚ-сының түпнұсқалығы расталмады', ru: 'Не подтверждена подлинность ЭЦП получателя' } },
  { code: 'person_not_found', automatic: true, confirmed: true, // §7 process 4
    text: { kk: 'Алушының деректері «Жеке тұлғалар» МДҚ-да жоқ', ru: 'Данные получателя отсутствуют в ГБД ФЛ' } },
  { code: 'qualification_not_met', automatic: false, confirmed: true, // §6 process 10
    text: { kk: 'Алушы біліктілік талаптарына сәйкес келмейді', ru: 'Получатель не соответствует квалификационным требованиям' } },
  { code: 'documents_incomplete', automatic: false, confirmed: false,
    text: { kk: 'Құжаттар толық ұсынылмаған', ru: 'Представлен неполный пакет документов' } },
  { code: 'false_data', automatic: false, confirmed: false,
    text: { kk: 'Ұсынылған деректер дұрыс емес', ru: 'Представлены недостоверные сведения' } },
  { code: 'bar_to_licence', automatic: false, confirmed: false,
    text: { kk: 'Лицензия беруге заңмен тыйым салынған жағдай бар', ru: 'Имеется установленное законом препятствие к выдаче лицензии' } },
] as const satisfies readonly RefusalReason[];

export type LicensingRefusalReason = (typeof LICENSING_REFUSAL_REASONS)[number]['code'];
/** What a reviewer may choose (the automatic ones are the system's own). */
export const REVIEWER_REFUSAL_REASONS: readonly LicensingRefusalReason[] = LICENSING_REFUSAL_REASONS.filter((r) => !r.automatic).map((r) => r.code);

export function refusalReasonText(code: string): LocalizedText | null {
  return LICENSING_REFUSAL_REASONS.find((r) => r.code === code)?.text ?? null;
}

/** A reviewer's refusal: at least one reference reason, each a reviewer's one; free text at most 2000 characters. Null or the bad field. */
export function refusalProblem(reasons: readonly string[], text: string | null | undefined): 'reasons' | 'text' | null {
  if (reasons.length === 0 || reasons.some((r) => !(REVIEWER_REFUSAL_REASONS as readonly string[]).includes(r))) return 'reasons';
  if (text !== null && text !== undefined && text.length > 2000) return 'text';
  return null;
}
