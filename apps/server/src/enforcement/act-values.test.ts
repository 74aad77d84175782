/**
 * ISSUE-13 item 1: acts fit to sign. Every template, in kk and in ru, filled
 * from a realistic card (a court's writ as the courts' simulator sends it,
 * a proceeding, a ground, the bailiff's motives), and the simplified
 * proceedings' acts: no code, identifier or technical string may reach the
 * text a person reads.
 */
import { describe, expect, it } from 'vitest';
import { SIOPSO_REQUEST_TYPES, simulatedWritCard } from '@oryndau/adapters';
import type { ExecutiveDocumentRecord, PartyRecord } from '@oryndau/db';
import { DEFAULT_TEMPLATES, fillTemplate, type ResolutionPdfInput } from '@oryndau/documents';
import { ALL_GROUNDS, EXECUTIVE_DOCUMENT_TYPES, GROUND_KINDS_BY_ACTION, PROCEEDING_STATUSES, TEMPLATE_BY_ACTION, distribution } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import { closingResolution } from '../simplified/closing-resolution';
import { initiationResolution } from '../simplified/initiation-resolution';
import { actValuesOf, factsOf, issuingBodyName } from './act-values';

const LOCALES: readonly Locale[] = ['kk', 'ru'];

/** Codes the system stores; none may appear as a word of an act. */
const CODE_WORDS = new Set<string>([
  ...EXECUTIVE_DOCUMENT_TYPES.map((t) => t.code), ...PROCEEDING_STATUSES, ...ALL_GROUNDS.map((g) => g.code),
  ...distribution.DEFAULT_RULES.rules.map((r) => r.category), ...SIOPSO_REQUEST_TYPES.map((t) => t.code),
  'individual', 'legal_entity', 'debtor', 'claimant', 'manual', 'court', 'erap', 'first', 'repeated', 'KZT', 'USD', 'EUR', 'RUB',
]);

/** Identifier-like tokens in visible text: snake_case, dotted codes, ISO timestamps/dates, IANA zones, currency codes. */
function identifierTokens(text: string): string[] {
  const found = [
    ...text.matchAll(/\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b/g), // snake_case
    ...text.matchAll(/\b[a-z][a-z0-9]*(?:\.[a-z][a-z0-9_]*)+\b/g), // enf.initiation, auth.login
    ...text.matchAll(/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g), // ISO dates and timestamps
    ...text.matchAll(/\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Etc|Indian|Pacific)\/[A-Za-z_]+\b/g), // IANA zones
    ...text.matchAll(/\d[\d\s\u00a0.,]*\s?\b[A-Z]{3}\b/g), // 1058000.00 KZT
  ].map((m) => m[0]);
  const words = text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [...found, ...words.filter((w) => CODE_WORDS.has(w))];
}

const visibleText = (act: Pick<ResolutionPdfInput, 'organisation' | 'title' | 'place' | 'date' | 'body' | 'facts' | 'signer'>) =>
  [act.organisation, act.title, act.place, act.date, act.body, ...act.facts.flatMap((f) => [f.label, f.value]), act.signer.position, act.signer.name].join('\n');

// A writ exactly as the courts' simulator sends it (court named in both languages, documentType a code, currency KZT).
const writ = simulatedWritCard(5840, {}, new Date('2026-03-02T06:00:00Z'));

const doc: ExecutiveDocumentRecord = {
  id: 'd1', source: 'court', externalId: writ.externalId, courtId: writ.court.id, registrationNumber: '310000000-2026-000042-3',
  registrationDate: '2026-03-02', departmentCode: '310000000', arrivalOrder: 'first', claimEssence: writ.claimEssence, issueDate: writ.issueDate,
  issuingBody: writ.court.nameRu, issuingBodyKk: writ.court.nameKk, documentType: writ.documentType, documentNumber: writ.writNumber,
  entryIntoForceDate: writ.entryIntoForceDate, receivedFrom: 'ЕАИАС СО', copyNumber: null, categoryCode: writ.categoryCode, subcategory: null,
  amount: writ.amount, currency: writ.currency, exchangeRate: null, exchangeRateDate: null, amountTiyn: '105800000', senderDocumentDate: null,
  senderOutgoingNumber: null, signerName: writ.judge.fullName, claimFiledBy: 'individual', solidaryLiability: false, trustedPerson: false,
  courtActDocumentId: null,
};

const parties: PartyRecord[] = [...writ.debtors.map((p, i) => ({ ...p, role: 'debtor' as const, position: i })), ...writ.claimants.map((p, i) => ({
  ...p, role: 'claimant' as const, position: writ.debtors.length + i,
}))].map((p) => ({ id: `p${p.position}`, role: p.role, kind: p.kind, identifier: p.identifier, name: p.name, address: p.address ?? null,
  regionKato: p.regionKato, districtKato: p.districtKato ?? null, position: p.position }));

const MOTIVES = 'Должник уведомлён по телефону 27.02.2026, от добровольного исполнения отказался';

function groundFor(code: string) {
  const action = Object.entries(TEMPLATE_BY_ACTION).find(([, template]) => template === code)?.[0] as keyof typeof GROUND_KINDS_BY_ACTION | undefined;
  const kinds: readonly string[] = action ? GROUND_KINDS_BY_ACTION[action] ?? [] : [];
  return ALL_GROUNDS.find((g) => kinds.includes(g.kind)) ?? null;
}

function enforcementAct(code: string, locale: Locale, source: ExecutiveDocumentRecord = doc): ResolutionPdfInput {
  const template = DEFAULT_TEMPLATES.find((t) => t.code === code)!;
  const values = actValuesOf({
    row: { registrationNumber: source.registrationNumber, timeZone: 'Asia/Almaty' }, doc: source, parties,
    bailiff: { fullName: 'Нұрланова Үміт Ізбасарқызы', organisation: { kk: 'Жамбыл облысы бойынша сот актілерін орындау департаменті', ru: 'Департамент по исполнению судебных актов Жамбылской области' } },
    locale, ground: groundFor(code), now: new Date('2026-03-02T06:00:00Z'),
    params: {
      reason: MOTIVES, requestType: SIOPSO_REQUEST_TYPES[0]!.code, toDepartmentCode: '710000000', arrestId: 'a1',
      arrest: { kind: 'accounts', items: [{ kind: 'bank_account', description: 'Счёт в АО «Дала Банк»', identifier: 'KZ12345678901234567890', valueTiyn: '50000000' }] },
    },
  });
  return {
    locale, organisation: values['bailiff.organisation']!, title: fillTemplate(template.title[locale], values), place: 'Тараз',
    date: values['act.date']!, registrationNumber: source.registrationNumber, body: fillTemplate(template.body[locale], values),
    facts: factsOf(values, locale), signer: { position: locale === 'kk' ? 'Сот орындаушысы' : 'Судебный исполнитель', name: values['bailiff.name']! },
    verifyUrl: 'https://oryndau.example/verify/x', documentId: 'x',
  };
}

const fine = {
  erapFineId: 'ERAP-2026-000123', debtorIin: '850412300512', debtorName: 'Әбдірахманов Ғалым Қайратұлы', amountTiyn: 1_500_000,
  caseOpenedOn: '2026-02-20', territoryKato: '310000000',
  decision: { number: 'АП-000123', date: '2026-02-20', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'Управление полиции г. Тараз' },
};

describe('ISSUE-13 item 1: acts fit to sign', () => {
  it('the scanner itself finds what it must (snake_case, dotted codes, ISO, IANA, KZT, known codes)', () => {
    expect(identifierTokens('Атқарушылық құжат: writ_of_execution № 2-5840/2026')).toContain('writ_of_execution');
    expect(identifierTokens('шаблон enf.initiation')).toContain('enf.initiation');
    expect(identifierTokens('сома 1058000.00 KZT')).toHaveLength(2);
    expect(identifierTokens('2026-12-03T14:21:48Z')).toHaveLength(1);
    expect(identifierTokens('пояс Asia/Almaty')).toContain('Asia/Almaty');
    expect(identifierTokens('статус registered, вид individual')).toEqual(['registered', 'individual']);
    expect(identifierTokens('№ 310000000-2026-000042-3 от 02.03.2026, 1 058 000,00 ₸, ТОО «Orken Holding»')).toEqual([]);
  });

  for (const template of DEFAULT_TEMPLATES) {
    for (const locale of LOCALES) {
      it(`ENF-6: ${template.code} (${locale}) reads in words: no code, identifier, ISO date, zone or currency code`, () => {
        const act = enforcementAct(template.code, locale);
        expect(identifierTokens(visibleText(act))).toEqual([]);
        // The kind of document is named, not coded.
        expect(act.facts.find((f) => f.label === (locale === 'kk' ? 'Атқарушылық құжаттың түрі' : 'Вид исполнительного документа'))?.value)
          .toBe(locale === 'kk' ? 'Атқару парағы' : 'Исполнительный лист');
      });
    }
  }

  it('ENF-6: the initiation resolution names the document kind in words in its text (kk and ru)', () => {
    expect(enforcementAct('enf.initiation', 'kk').body).toContain('Атқарушылық құжат: Атқару парағы № ');
    expect(enforcementAct('enf.initiation', 'ru').body).toContain('Исполнительный документ: Исполнительный лист № ');
  });

  it('ENF-6: every template has its place for the bailiff\'s motives, and the motives typed reach the act (kk and ru)', () => {
    for (const template of DEFAULT_TEMPLATES) {
      for (const locale of LOCALES) {
        expect(template.body[locale], `${template.code} ${locale}`).toContain('{{act.reason}}');
        expect(enforcementAct(template.code, locale).body, `${template.code} ${locale}`).toContain(MOTIVES);
      }
    }
  });

  it('ENF-11: a Kazakh act names the court in Kazakh; the Russian act in Russian', () => {
    const kk = enforcementAct('enf.initiation', 'kk');
    expect(kk.body).toContain('құжатты берген орган: Астана қаласы Есіл аудандық соты');
    expect(visibleText(kk)).not.toContain(writ.court.nameRu);
    expect(enforcementAct('enf.initiation', 'ru').body).toContain(`орган, выдавший документ: ${writ.court.nameRu}`);
  });

  it('ENF-1: without a Kazakh name the Kazakh act falls back visibly (the name as given, and a note saying so)', () => {
    const manual = { ...doc, issuingBodyKk: null, issuingBody: 'Специализированный межрайонный экономический суд г. Тараз' };
    expect(issuingBodyName(manual, 'kk')).toBe('Специализированный межрайонный экономический суд г. Тараз (атауы дереккөздегідей берілді)');
    expect(issuingBodyName(manual, 'ru')).toBe('Специализированный межрайонный экономический суд г. Тараз');
    expect(enforcementAct('enf.initiation', 'kk', manual).body).toContain('(атауы дереккөздегідей берілді)');
  });

  it('ENF-1: a document kind that is not in the list is never printed as a code', () => {
    const act = enforcementAct('enf.initiation', 'ru', { ...doc, documentType: 'foreign_decision' });
    expect(identifierTokens(visibleText(act))).toEqual([]);
    expect(act.body).toContain('исполнительный документ (вид не указан)');
  });

  for (const locale of LOCALES) {
    it(`SIMP-2, SIMP-4: the simplified proceedings' acts (${locale}) carry no code or identifier`, () => {
      const organisation = { kk: 'Қазақстан Республикасы Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' };
      const acts = [
        initiationResolution({ fine, documentId: 'x', lastDay: '2026-03-12', initiatedOn: '2026-03-02', publicOrigin: 'https://o.example', organisation }, locale),
        ...(['paid', 'expired', 'disagreed'] as const).map((reason) => closingResolution({
          fine, reason, documentId: 'x', publicOrigin: 'https://o.example', initiatedOn: '2026-03-02', lastDay: '2026-03-12',
          decidedOn: '2026-03-13', paidOn: reason === 'paid' ? '2026-03-10' : null, organisation,
        }, locale)),
      ];
      for (const act of acts) expect(identifierTokens(visibleText(act)), act.title).toEqual([]);
    });
  }
});
