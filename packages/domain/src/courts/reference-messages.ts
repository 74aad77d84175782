/**
 * kk/ru texts of the courts' warnings (FILE-5, issue 14 item 9) and of the
 * reasons a power of attorney does not allow an act (FILE-9). Placeholders
 * in braces are filled by `fillText`; both languages have the same ones (a
 * test checks).
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

/** What the applicant is warned of before sending (each maps to the §37 ground the court would refuse on). */
export const FILING_WARNING_CODES = [
  'attachments_missing', 'attachment_unreadable', 'duplicate', 'instance_not_heard', 'form_not_heard',
] as const;
export type FilingWarningCode = (typeof FILING_WARNING_CODES)[number];

// {expected} titles in the appendix, {given} files attached, {positions} appendix positions,
// {number} the earlier filing's number.
export const FILING_WARNING_TEXTS: Readonly<Record<FilingWarningCode, LocalizedText>> = {
  attachments_missing: {
    kk: 'Қосымшада {expected} құжат көрсетілген, ал {given} файл тіркелген. Файлдар саны қосымшадағы құжаттар санына сәйкес келуі тиіс, әйтпесе өтініш жіберілмейді.',
    ru: 'В приложении указано документов: {expected}, а приложено файлов: {given}. Число файлов должно совпадать с числом документов в приложении, иначе обращение не отправляется.',
  },
  attachment_unreadable: {
    kk: 'Қосымшаның {positions} позициясындағы файл оқылмайды (бүлінген немесе толық емес). Сот оны тіркеуден бас тартуы мүмкін.',
    ru: 'Файл на позиции приложения {positions} не читается (повреждён или неполный). Суд может отказать в регистрации.',
  },
  duplicate: {
    kk: 'Дәл осындай өтініш (сот, тараптар және мазмұны бірдей) бұрын тіркелген: № {number}. Сот қайта жіберілген құжатты тіркеуден бас тартуы мүмкін.',
    ru: 'Такое же обращение (тот же суд, стороны и содержание) уже зарегистрировано: № {number}. Суд может отказать в регистрации повторно направленного документа.',
  },
  instance_not_heard: {
    kk: 'Таңдалған сот бұл сатыдағы істерді қарамайды. Басқа сотты таңдаңыз.',
    ru: 'Выбранный суд не рассматривает дела этой инстанции. Выберите другой суд.',
  },
  form_not_heard: {
    kk: 'Таңдалған сот бұл санаттағы істерді қарамайды. Басқа сотты таңдаңыз.',
    ru: 'Выбранный суд не рассматривает дела этого вида. Выберите другой суд.',
  },
};

/** Why a power of attorney does not allow the act (FILE-9). */
export const POA_REFUSAL_REASONS = [
  'not_signed', 'revoked', 'expired', 'not_yet_valid', 'not_a_trustee', 'power_missing', 'other_principal',
] as const;
export type PoaRefusalReason = (typeof POA_REFUSAL_REASONS)[number];

export const POA_REFUSAL_TEXTS: Readonly<Record<PoaRefusalReason, LocalizedText>> = {
  not_signed: { kk: 'сенімхатқа сенім білдіруші әлі қол қоймаған', ru: 'доверенность ещё не подписана доверителем' },
  revoked: { kk: 'сенімхатты сенім білдіруші кері қайтарып алған', ru: 'доверенность отозвана доверителем' },
  expired: { kk: 'сенімхаттың қолданылу мерзімі өтіп кеткен', ru: 'срок действия доверенности истёк' },
  not_yet_valid: { kk: 'сенімхаттың қолданылу мерзімі әлі басталмаған', ru: 'срок действия доверенности ещё не начался' },
  not_a_trustee: { kk: 'сіз бұл сенімхатта сенім білдірілген тұлға ретінде көрсетілмегенсіз', ru: 'вы не указаны в этой доверенности как доверенное лицо' },
  power_missing: { kk: 'сенімхатта бұл әрекетке өкілеттік берілмеген', ru: 'доверенность не даёт полномочия на это действие' },
  other_principal: { kk: 'сенімхатты басқа сенім білдіруші берген', ru: 'доверенность выдана другим доверителем' },
};

/** Fills `{name}` placeholders in one language; unknown names stay as they are (a test catches them). */
export function fillText(text: LocalizedText, locale: Locale, params: Readonly<Record<string, string | number>>): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
