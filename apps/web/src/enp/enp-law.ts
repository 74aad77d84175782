import type { UiLanguage } from '../i18n/ui-language.ts';

// «Правовая база» (issue 16 item 2, ENP-3): the laws a participant of a case
// reads, linked to their official texts in «Әділет» (adilet.zan.kz, the
// Ministry of Justice's reference bank). Document ids confirmed on
// 2026-12-04 against several independent public references to the same
// adilet addresses (the site itself was not reachable from here); the
// The Kazakh short names (АПК, ҚПК, ӘҚБтК, ӘРПК) are the usual ones, not
// checked against an official list. Kazakh text of each is at /kaz/docs/<id>, the Russian at /rus/docs/<id>.

type Law = { id: string; short: Record<UiLanguage, string>; title: Record<UiLanguage, string> };

export const ENP_LAWS: readonly Law[] = [
  { id: 'K1500000377', short: { kk: 'ҚР АПК', ru: 'ГПК РК' },
    title: { kk: 'Қазақстан Республикасының Азаматтық процестік кодексі (2015 жылғы 31 қазандағы № 377-V)',
      ru: 'Гражданский процессуальный кодекс Республики Казахстан (от 31 октября 2015 года № 377-V)' } },
  { id: 'K1400000231', short: { kk: 'ҚР ҚПК', ru: 'УПК РК' },
    title: { kk: 'Қазақстан Республикасының Қылмыстық-процестік кодексі (2014 жылғы 4 шілдедегі № 231-V)',
      ru: 'Уголовно-процессуальный кодекс Республики Казахстан (от 4 июля 2014 года № 231-V)' } },
  { id: 'K1400000235', short: { kk: 'ҚР ӘҚБтК', ru: 'КоАП РК' },
    title: { kk: 'Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының кодексі (2014 жылғы 5 шілдедегі № 235-V)',
      ru: 'Кодекс Республики Казахстан об административных правонарушениях (от 5 июля 2014 года № 235-V)' } },
  { id: 'K2000000350', short: { kk: 'ҚР ӘРПК', ru: 'АППК РК' },
    title: { kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі (2020 жылғы 29 маусымдағы № 350-VI)',
      ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан (от 29 июня 2020 года № 350-VI)' } },
  { id: 'Z000000132_', short: { kk: 'Сот жүйесі туралы КЗ', ru: 'КЗ о судебной системе' },
    title: { kk: '«Қазақстан Республикасының сот жүйесі мен судьяларының мәртебесі туралы» Қазақстан Республикасының Конституциялық заңы (2000 жылғы 25 желтоқсандағы № 132-II)',
      ru: 'Конституционный закон Республики Казахстан «О судебной системе и статусе судей Республики Казахстан» (от 25 декабря 2000 года № 132-II)' } },
  { id: 'Z1300000094', short: { kk: 'Дербес деректер туралы заң', ru: 'Закон о персональных данных' },
    title: { kk: '«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңы (2013 жылғы 21 мамырдағы № 94-V)',
      ru: 'Закон Республики Казахстан «О персональных данных и их защите» (от 21 мая 2013 года № 94-V)' } },
];

/** The official text in the reader's language. */
export function lawUrl(id: string, language: UiLanguage): string {
  return `https://adilet.zan.kz/${language === 'kk' ? 'kaz' : 'rus'}/docs/${id}`;
}
