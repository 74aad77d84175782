/**
 * SIMP-2: the notice of initiation, sent by SMS with the link to the
 * debtor's page (the resolution to download, "Оплатить", "Не согласен").
 * Budget: two SMS. Any Cyrillic letter makes the text UCS-2, so two
 * segments are 2 × 67 = 134 UTF-16 code units for everything — words,
 * amount, date and link. That is why the text names only what the debtor
 * must act on (the fine, the last day, the link); the page says the rest.
 *
 * ISSUE-13 item 5: the notice goes in the debtor's language when it is
 * known, else in both. Both languages cannot keep the one-language wording
 * within two segments (kk 75 + ru 74 characters of words alone, before
 * amount, date and link), so the bilingual text is the shorter wording of
 * SMS_TEMPLATE_BOTH: what to pay, by when and where, in each language; that
 * the proceeding was initiated is said on the page the link opens. With the
 * longest amount and link it takes 128 of the 134 units.
 *
 * The text carries the debtor's link (a credential): it goes to the outbox
 * only, never to a log.
 *
 * The date is the last day to pay, "включительно" / "қоса алғанда", so no
 * hour and no time zone is needed: the term ends at the end of that day in
 * the debtor's region (payment-deadline.ts).
 */
import { formatMoney, type IsoDate, type Locale, type LocalizedText, type Tiyn } from '@oryndau/kz';
import { formatDateDmy } from './format';
import { countSmsSegments, type SmsCount } from './sms-segments';

/** The budget: the notice fits in two SMS in kk and in ru. */
export const SMS_MAX_SEGMENTS = 2;

/**
 * The longest link both templates leave room for with any amount below
 * 1 000 000 ₸ (10 or 20 MRP are far below that); the Kazakh text is the
 * longer one. A short-link base like `https://ory.kz/s/` (17) leaves 20
 * characters for the unguessable token: 20 base62 characters ≈ 119 bits.
 */
export const SMS_MAX_LINK_LENGTH = 37;

// {amount} e.g. "36 920,00 ₸", {date} DD.MM.YYYY, {link} the debtor's short link.
export const SMS_TEMPLATES: LocalizedText = {
  kk: 'Айыппұл бойынша оңайлатылған іс жүргізу қозғалды: {amount}. {date} қоса алғанда төлеңіз: {link}',
  ru: 'Возбуждено упрощенное производство по штрафу {amount}. Оплатите по {date} включительно: {link}',
};

/** Both languages in one notice, for a debtor whose language is not known. */
export const SMS_TEMPLATE_BOTH = 'Айыппұл/штраф {amount}: {date} қоса алғанда төлеңіз / оплатите по {date} вкл. {link}';

export type SmsNoticeInput = {
  readonly amountTiyn: Tiyn;
  /** PaymentDeadline.lastDay: the last day to pay, inclusive. */
  readonly lastDay: IsoDate;
  /** The debtor's short link; its token is the only credential of the page. */
  readonly link: string;
};

export type SmsNotice = {
  /** Null: both languages (the debtor's language was not known). */
  readonly locale: Locale | null;
  readonly text: string;
  readonly count: SmsCount;
  /** False when the text needs more than SMS_MAX_SEGMENTS: a link longer than planned. */
  readonly fits: boolean;
};

/** The notice in the debtor's language, or in both when `locale` is null (not known). */
export function renderSmsNotice(locale: Locale | null, input: SmsNoticeInput): SmsNotice {
  const values: Readonly<Record<string, string>> = {
    amount: formatMoney(input.amountTiyn, locale ?? 'kk'),
    date: formatDateDmy(input.lastDay),
    link: input.link,
  };
  // One pass, so a `{…}` inside the link is never taken for a placeholder.
  const template = locale === null ? SMS_TEMPLATE_BOTH : SMS_TEMPLATES[locale];
  const text = template.replace(/\{(amount|date|link)\}/g, (_whole, name: string) => values[name] ?? '');
  const count = countSmsSegments(text);
  return { locale, text, count, fits: count.segments <= SMS_MAX_SEGMENTS };
}
