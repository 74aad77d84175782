/**
 * FILE-12: the seven grounds on which the court office may refuse to
 * register an electronic document — and no others. Seed 003 §37 («Тіркеуден
 * бас тарту мынадай негіздер бойынша жүргізіледі»), the Technical
 * requirements for an electronic document and the rules of its circulation
 * in the court's automated information system (order of the head of the
 * Department for ensuring the courts' activity of 29.07.2020 No. 18).
 *
 * `law` is the subparagraph's own wording: kk as in the seed, ru our
 * faithful translation (the Russian text of the order was not at hand).
 * `message` is the sentence sent to the applicant.
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

export const REFUSAL_GROUNDS = [
  'invalid_signature', 'wrong_court', 'duplicate', 'attachments_missing', 'unreadable', 'content_mismatch', 'wrong_section',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export type RefusalGroundEntry = {
  readonly code: RefusalGround;
  /** Subparagraph of §37 (1–7). */
  readonly subparagraph: number;
  readonly law: LocalizedText;
};

export const REFUSAL_GROUND_ENTRIES: readonly RefusalGroundEntry[] = [
  {
    code: 'invalid_signature', subparagraph: 1,
    law: { kk: 'ЭЦҚ түпнұсқалылығы сәйкес келмеген кезде', ru: 'при несоответствии подлинности ЭЦП' },
  },
  {
    code: 'wrong_court', subparagraph: 2,
    law: { kk: 'құжат осы сотқа жіберілмеген', ru: 'документ направлен не в этот суд' },
  },
  {
    code: 'duplicate', subparagraph: 3,
    law: {
      kk: 'құжат қайта жолданды және бұрын сот органдарының ақпараттық жүйесінде тіркелді',
      ru: 'документ направлен повторно и ранее зарегистрирован в информационной системе судебных органов',
    },
  },
  {
    code: 'attachments_missing', subparagraph: 4,
    law: {
      kk: 'қосымшада көрсетілген құжаттар мен материалдар салынбаса',
      ru: 'не вложены документы и материалы, указанные в приложении',
    },
  },
  {
    code: 'unreadable', subparagraph: 5,
    law: { kk: 'салынған құжаттар оқылмайды', ru: 'вложенные документы не читаются' },
  },
  {
    code: 'content_mismatch', subparagraph: 6,
    law: { kk: 'салынған құжат оның атауына сәйкес келмейді', ru: 'вложенный документ не соответствует своему наименованию' },
  },
  {
    code: 'wrong_section', subparagraph: 7,
    law: { kk: 'салынған құжат таңдалған бөлімге сәйкес келмейді', ru: 'вложенный документ не соответствует выбранному разделу' },
  },
];

export const REFUSAL_GROUND_TEXTS: Readonly<Record<RefusalGround, LocalizedText>> = Object.fromEntries(
  REFUSAL_GROUND_ENTRIES.map((g) => [g.code, g.law]),
) as Record<RefusalGround, LocalizedText>;

export function isRefusalGround(value: unknown): value is RefusalGround {
  return typeof value === 'string' && (REFUSAL_GROUNDS as readonly string[]).includes(value);
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The text the applicant receives (cabinet and e-mail, X-4): the refusal,
 * the ground in the rule's words and where the rule is.
 */
export function refusalMessage(ground: RefusalGround): LocalizedText {
  const entry = REFUSAL_GROUND_ENTRIES.find((g) => g.code === ground);
  if (entry === undefined) throw new RangeError(`Unknown refusal ground ${ground}`);
  const n = entry.subparagraph;
  const text = (locale: Locale): string => capitalise(entry.law[locale]);
  return {
    kk: `Электрондық құжатты тіркеуден бас тартылды. Негізі: ${text('kk')} (Соттың автоматтандырылған ақпараттық жүйесіндегі электрондық құжат айналымы қағидаларының 37-тармағының ${n}) тармақшасы).`,
    ru: `В регистрации электронного документа отказано. Основание: ${text('ru')} (подпункт ${n}) пункта 37 Правил оборота электронного документа в автоматизированной информационной системе суда).`,
  };
}
