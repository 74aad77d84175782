import type { ResolutionPdfInput } from '@oryndau/documents';
import { simplified } from '@oryndau/domain';
import { formatMoney, regionOfKato, type Locale, type LocalizedText } from '@oryndau/kz';
import type { ErapFineInput } from './fine-input';
import { encodeSealedAct } from './sealed-act';

/** SIMP-4, SIMP-5, SIMP-6: the resolutions that end a simplified proceeding. */
export type ClosingKind = 'simp.termination' | 'simp.cancellation';

export const CLOSING_TITLES: Readonly<Record<ClosingKind, LocalizedText>> = {
  'simp.termination': {
    kk: 'Оңайлатылған іс жүргізуді тоқтату туралы қаулы',
    ru: 'Постановление о прекращении упрощенного производства',
  },
  'simp.cancellation': {
    kk: 'Оңайлатылған іс жүргізуді қозғау туралы қаулының күшін жою туралы қаулы',
    ru: 'Постановление об отмене постановления о возбуждении упрощенного производства',
  },
};

type Reason = 'paid' | 'expired' | 'disagreed';

const BODY: Readonly<Record<Reason, LocalizedText>> = {
  paid: {
    kk: 'ЕРАП-тан түскен әкімшілік айыппұл бойынша {debtor} (ЖСН {iin}) қатысты оңайлатылған іс жүргізу {initiatedOn} қозғалды. '
      + 'Айыппұл {amount} мөлшерінде {paidOn} белгіленген мерзімде төленді.\n\n'
      + 'Оңайлатылған іс жүргізу тоқтатылсын. Жеке сот орындаушысының сыйақысы алынбайды; ЕРАП-қа хабарлансын.',
    ru: 'По административному штрафу, поступившему из ЕРАП, в отношении {debtor} (ИИН {iin}) {initiatedOn} возбуждено упрощенное производство. '
      + 'Штраф в размере {amount} оплачен {paidOn}, в установленный срок.\n\n'
      + 'Упрощенное производство прекратить. Вознаграждение частного судебного исполнителя не взимается; сообщить в ЕРАП.',
  },
  expired: {
    kk: 'ЕРАП-тан түскен әкімшілік айыппұл бойынша {debtor} (ЖСН {iin}) қатысты оңайлатылған іс жүргізу {initiatedOn} қозғалды. '
      + 'Борышкер {amount} айыппұлды {lastDay} қоса алғанда төлемеді.\n\n'
      + 'Оңайлатылған іс жүргізуді қозғау туралы қаулының күші жойылсын; атқарушылық құжат жалпы тәртіппен орындауға жіберілсін.',
    ru: 'По административному штрафу, поступившему из ЕРАП, в отношении {debtor} (ИИН {iin}) {initiatedOn} возбуждено упрощенное производство. '
      + 'Должник не оплатил штраф в размере {amount} по {lastDay} включительно.\n\n'
      + 'Постановление о возбуждении упрощенного производства отменить; исполнительный документ направить на исполнение в общем порядке.',
  },
  disagreed: {
    kk: 'ЕРАП-тан түскен әкімшілік айыппұл бойынша {debtor} (ЖСН {iin}) қатысты оңайлатылған іс жүргізу {initiatedOn} қозғалды. '
      + 'Борышкер {decidedOn} {amount} айыппұлмен келіспейтінін білдірді.\n\n'
      + 'Оңайлатылған іс жүргізуді қозғау туралы қаулының күші жойылсын; атқарушылық құжат жалпы тәртіппен орындауға жіберілсін.',
    ru: 'По административному штрафу, поступившему из ЕРАП, в отношении {debtor} (ИИН {iin}) {initiatedOn} возбуждено упрощенное производство. '
      + 'Должник {decidedOn} выразил несогласие со штрафом в размере {amount}.\n\n'
      + 'Постановление о возбуждении упрощенного производства отменить; исполнительный документ направить на исполнение в общем порядке.',
  },
};

const FACTS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  kk: { fine: 'ЕРАП айыппұл нөмірі', decision: 'Қаулы', article: 'ӘҚБтК бабы', body: 'Қаулы шығарған орган' },
  ru: { fine: 'Номер штрафа в ЕРАП', decision: 'Постановление', article: 'Статья КоАП', body: 'Орган, вынесший постановление' },
};

export type ClosingInput = {
  fine: ErapFineInput; reason: Reason; documentId: string; publicOrigin: string;
  /** Local dates (yyyy-mm-dd) in the debtor's zone. */
  initiatedOn: string; lastDay: string; decidedOn: string; paidOn: string | null;
  /** The sealing system organisation's name, from the database (SystemSeal.organisation). */
  organisation: { kk: string; ru: string };
};

/** The termination (paid) or cancellation (expired, disagreed) resolution's text in one language. */
export function closingResolution(input: ClosingInput, locale: Locale): ResolutionPdfInput {
  const { fine } = input;
  const kind = closingKindOf(input.reason);
  const dmy = simplified.formatDateDmy;
  const values: Readonly<Record<string, string>> = {
    debtor: fine.debtorName, iin: fine.debtorIin, amount: formatMoney(fine.amountTiyn, locale), initiatedOn: dmy(input.initiatedOn),
    lastDay: dmy(input.lastDay), decidedOn: dmy(input.decidedOn), paidOn: input.paidOn ? dmy(input.paidOn) : '',
  };
  const facts = FACTS[locale];
  return {
    locale,
    organisation: input.organisation[locale],
    title: CLOSING_TITLES[kind][locale],
    place: regionOfKato(fine.territoryKato)?.name[locale] ?? '',
    date: dmy(input.decidedOn),
    registrationNumber: fine.erapFineId,
    body: BODY[input.reason][locale].replace(/\{(\w+)\}/g, (_whole, name: string) => values[name] ?? ''),
    facts: [
      { label: facts.fine!, value: fine.erapFineId },
      { label: facts.decision!, value: `№ ${fine.decision.number}, ${dmy(fine.decision.date)}` },
      { label: facts.article!, value: simplified.articleText(fine.decision.article, locale) },
      { label: facts.body!, value: fine.decision.issuingBody },
    ],
    signer: { position: locale === 'kk' ? 'Ұйымның ЭЦҚ-сымен қол қойылды' : 'Подписано ЭЦП организации',
      name: input.organisation[locale] },
    verifyUrl: `${input.publicOrigin}/verify/${input.documentId}`,
    documentId: input.documentId,
  };
}

const closingKindOf = (reason: Reason): ClosingKind => (reason === 'paid' ? 'simp.termination' : 'simp.cancellation');

/** The closing resolution as the system key signs it — its kk and ru text (sealed-act.ts). */
export function closingAct(input: ClosingInput): { kind: ClosingKind; act: Uint8Array } {
  const kind = closingKindOf(input.reason);
  return { kind, act: encodeSealedAct({ documentId: input.documentId, kind,
    text: { kk: closingResolution(input, 'kk'), ru: closingResolution(input, 'ru') } }) };
}
