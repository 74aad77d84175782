import type { ResolutionPdfInput } from '@oryndau/documents';
import { simplified } from '@oryndau/domain';
import { formatMoney, regionOfKato, type Locale } from '@oryndau/kz';
import type { ErapFineInput } from './fine-input';
import { encodeSealedAct } from './sealed-act';

export const INITIATION_TITLE = {
  kk: 'Оңайлатылған іс жүргізуді қозғау туралы қаулы',
  ru: 'Постановление о возбуждении упрощенного производства',
} as const;

const BODY: Readonly<Record<Locale, string>> = {
  kk: 'ЕРАП-тан түскен әкімшілік айыппұл бойынша {debtor} (ЖСН {iin}) қатысты оңайлатылған іс жүргізу қозғалсын.\n\n'
    + 'Борышкер айыппұлды {amount} мөлшерінде {lastDay} қоса алғанда төлеуге міндетті. Осы мерзімде төленбесе немесе борышкер '
    + 'келіспейтінін білдірсе, іс жүргізуді қозғау күшін жояды және атқарушылық құжат жалпы тәртіппен орындалуға жіберіледі.',
  ru: 'По административному штрафу, поступившему из ЕРАП, возбудить упрощенное производство в отношении {debtor} (ИИН {iin}).\n\n'
    + 'Должнику надлежит оплатить штраф в размере {amount} по {lastDay} включительно. При неоплате в этот срок или при несогласии '
    + 'должника возбуждение отменяется, а исполнительный документ направляется на исполнение в общем порядке.',
};

const FACTS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  kk: { fine: 'ЕРАП айыппұл нөмірі', decision: 'Қаулы', article: 'ӘҚБтК бабы', body: 'Қаулы шығарған орган', opened: 'Әкімшілік іс қозғалған күн' },
  ru: { fine: 'Номер штрафа в ЕРАП', decision: 'Постановление', article: 'Статья КоАП', body: 'Орган, вынесший постановление', opened: 'Дата возбуждения адм. дела' },
};

export type InitiationInput = {
  fine: ErapFineInput; documentId: string; lastDay: string; initiatedOn: string; publicOrigin: string;
  /** The sealing system organisation's name, from the database (SystemSeal.organisation). */
  organisation: { kk: string; ru: string };
};

/** SIMP-2: the initiation resolution's text in one language. */
export function initiationResolution(input: InitiationInput, locale: Locale): ResolutionPdfInput {
  const { fine } = input;
  const values: Readonly<Record<string, string>> = {
    debtor: fine.debtorName, iin: fine.debtorIin, amount: formatMoney(fine.amountTiyn, locale), lastDay: simplified.formatDateDmy(input.lastDay),
  };
  const facts = FACTS[locale];
  return {
    locale,
    organisation: input.organisation[locale],
    title: INITIATION_TITLE[locale],
    place: regionOfKato(fine.territoryKato)?.name[locale] ?? '',
    date: simplified.formatDateDmy(input.initiatedOn),
    registrationNumber: fine.erapFineId,
    body: BODY[locale].replace(/\{(debtor|iin|amount|lastDay)\}/g, (_whole, name: string) => values[name] ?? ''),
    facts: [
      { label: facts.fine!, value: fine.erapFineId },
      { label: facts.decision!, value: `№ ${fine.decision.number}, ${simplified.formatDateDmy(fine.decision.date)}` },
      { label: facts.article!, value: simplified.articleText(fine.decision.article, locale) },
      { label: facts.body!, value: fine.decision.issuingBody },
      { label: facts.opened!, value: simplified.formatDateDmy(fine.caseOpenedOn) },
    ],
    signer: { position: locale === 'kk' ? 'Ұйымның ЭЦҚ-сымен қол қойылды' : 'Подписано ЭЦП организации',
      name: input.organisation[locale] },
    verifyUrl: `${input.publicOrigin}/verify/${input.documentId}`,
    documentId: input.documentId,
  };
}

/** SIMP-2: the initiation resolution as the system key signs it — its kk and ru text (sealed-act.ts). */
export function initiationAct(input: InitiationInput): Uint8Array {
  return encodeSealedAct({ documentId: input.documentId, kind: 'simp.initiation',
    text: { kk: initiationResolution(input, 'kk'), ru: initiationResolution(input, 'ru') } });
}
