import type { LocalizedText } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import {
  APPLICANT_KINDS, APPLICANT_KIND_TEXTS, ATTACHMENT_KINDS, ATTACHMENT_KIND_TEXTS, CASE_EVENT_KINDS, CASE_EVENT_TEXTS, CASE_FORMS,
  CASE_FORM_TEXTS, CASE_STATUSES, CASE_STATUS_TEXTS, COURT_LEVELS, COURT_LEVEL_TEXTS, DUTY_PAYMENT_METHODS, DUTY_PAYMENT_METHOD_TEXTS,
  DUTY_PAYMENT_STATUSES, DUTY_PAYMENT_STATUS_TEXTS, FILING_SERVICES, FILING_SERVICE_TEXTS, FILING_STATUSES, FILING_STATUS_TEXTS,
  FILING_WARNING_CODES, FILING_WARNING_TEXTS, INSTANCES, INSTANCE_TEXTS, PARTICIPANT_CATEGORIES, PARTICIPANT_CATEGORIES_BY_FORM,
  PARTICIPANT_CATEGORY_TEXTS, POA_POWERS, POA_POWER_TEXTS, POA_REFUSAL_REASONS, POA_REFUSAL_TEXTS, REFUSAL_GROUNDS,
  REFUSAL_GROUND_ENTRIES, REFUSAL_GROUND_TEXTS, SAME_IN_BOTH_LANGUAGES, fillText, participantCategoriesFor, refusalMessage,
  serviceText,
} from './reference';

type Table = { name: string; codes: readonly string[]; texts: Readonly<Record<string, LocalizedText>> };

const TABLES: Table[] = [
  { name: 'forms', codes: CASE_FORMS, texts: CASE_FORM_TEXTS },
  { name: 'instances', codes: INSTANCES, texts: INSTANCE_TEXTS },
  { name: 'court levels', codes: COURT_LEVELS, texts: COURT_LEVEL_TEXTS },
  { name: 'services', codes: FILING_SERVICES, texts: FILING_SERVICE_TEXTS },
  { name: 'participants', codes: PARTICIPANT_CATEGORIES, texts: PARTICIPANT_CATEGORY_TEXTS },
  { name: 'case statuses', codes: CASE_STATUSES, texts: CASE_STATUS_TEXTS },
  { name: 'filing statuses', codes: FILING_STATUSES, texts: FILING_STATUS_TEXTS },
  { name: 'case events', codes: CASE_EVENT_KINDS, texts: CASE_EVENT_TEXTS },
  { name: 'refusal grounds', codes: REFUSAL_GROUNDS, texts: REFUSAL_GROUND_TEXTS },
  { name: 'powers', codes: POA_POWERS, texts: POA_POWER_TEXTS },
  { name: 'attachment kinds', codes: ATTACHMENT_KINDS, texts: ATTACHMENT_KIND_TEXTS },
  { name: 'applicant kinds', codes: APPLICANT_KINDS, texts: APPLICANT_KIND_TEXTS },
  { name: 'payment methods', codes: DUTY_PAYMENT_METHODS, texts: DUTY_PAYMENT_METHOD_TEXTS },
  { name: 'payment statuses', codes: DUTY_PAYMENT_STATUSES, texts: DUTY_PAYMENT_STATUS_TEXTS },
  { name: 'warnings', codes: FILING_WARNING_CODES, texts: FILING_WARNING_TEXTS },
  { name: 'power of attorney refusals', codes: POA_REFUSAL_REASONS, texts: POA_REFUSAL_TEXTS },
];

/** The format abbreviations of attachment kinds are the only Latin a reader sees; placeholders are filled before. */
const withoutFormatNames = (text: string): string => text.replace(/\((PDF|DOCX|DOC|XLSX|JPEG)\)/g, '').replace(/\{\w+\}/g, '');
const LATIN = /[A-Za-z]/;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('ISSUE-14 item 1: courts reference data (X-1)', () => {
  for (const table of TABLES) {
    it(`ISSUE-14 item 1 X-1: every ${table.name} code has kk and ru, different where the words differ, no Latin letters`, () => {
      expect(Object.keys(table.texts).sort()).toEqual([...table.codes].sort());
      for (const code of table.codes) {
        const text = table.texts[code]!;
        expect(text.kk.trim(), `${code} kk`).not.toBe('');
        expect(text.ru.trim(), `${code} ru`).not.toBe('');
        if (!SAME_IN_BOTH_LANGUAGES.includes(text.ru)) expect(text.kk, `${code}: kk equals ru`).not.toBe(text.ru);
        expect(LATIN.test(withoutFormatNames(text.kk)), `${code} kk: ${text.kk}`).toBe(false);
        expect(LATIN.test(withoutFormatNames(text.ru)), `${code} ru: ${text.ru}`).toBe(false);
        expect(placeholders(text.kk), `${code} placeholders`).toEqual(placeholders(text.ru));
      }
    });
  }

  it('ISSUE-14 item 1: the Latin check can fail', () => {
    expect(LATIN.test(withoutFormatNames('Документ (PDF)'))).toBe(false);
    expect(LATIN.test(withoutFormatNames('Документ PDF'))).toBe(true);
  });

  it('FILE-12 ISSUE-14 item 1: exactly the seven grounds of §37, in its order, with the seed\'s Kazakh wording', () => {
    expect(REFUSAL_GROUND_ENTRIES.map((g) => g.subparagraph)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(REFUSAL_GROUNDS).toHaveLength(7);
    expect(REFUSAL_GROUND_TEXTS.duplicate.kk).toBe('құжат қайта жолданды және бұрын сот органдарының ақпараттық жүйесінде тіркелді');
    expect(REFUSAL_GROUND_TEXTS.wrong_section.kk).toBe('салынған құжат таңдалған бөлімге сәйкес келмейді');
  });

  it('FILE-12 ISSUE-14 item 1: the applicant\'s refusal message names the ground and the subparagraph in both languages', () => {
    const m = refusalMessage('unreadable');
    expect(m.ru).toBe('В регистрации электронного документа отказано. Основание: Вложенные документы не читаются '
      + '(подпункт 5) пункта 37 Правил оборота электронного документа в автоматизированной информационной системе суда).');
    expect(m.kk).toContain('Негізі: Салынған құжаттар оқылмайды');
    expect(m.kk).toContain('37-тармағының 5) тармақшасы');
    expect(LATIN.test(m.kk + m.ru)).toBe(false);
  });

  it('ISSUE-14 item 1: participant categories are grouped per form, each category in exactly one group', () => {
    const groups = Object.values(PARTICIPANT_CATEGORIES_BY_FORM).flat();
    expect([...groups].sort()).toEqual([...PARTICIPANT_CATEGORIES].sort());
    expect(participantCategoriesFor('civil')).toEqual(['plaintiff', 'defendant', 'third_party', 'applicant', 'interested_person',
      'representative', 'legal_representative', 'lawyer', 'prosecutor']);
    expect(participantCategoriesFor('administrative')).toContain('person_prosecuted');
    expect(participantCategoriesFor('administrative')).not.toContain('plaintiff');
  });

  it('FILE-2 ISSUE-14 item 1: a claim is named per form; other services keep their name', () => {
    expect(serviceText('claim', 'civil').ru).toBe('Подача искового заявления в суд');
    expect(serviceText('claim', 'criminal').ru).toBe('Подача заявления (жалобы) в суд');
    expect(serviceText('claim', 'administrative').kk).toContain('әкімшілік талап арыз');
    expect(serviceText('appeal', 'criminal')).toBe(FILING_SERVICE_TEXTS.appeal);
  });

  it('ISSUE-14 item 1: placeholders are filled in both languages', () => {
    const params = { expected: 3, given: 2 };
    expect(fillText(FILING_WARNING_TEXTS.attachments_missing, 'ru', params)).toContain('указано документов: 3, а приложено файлов: 2');
    expect(fillText(FILING_WARNING_TEXTS.attachments_missing, 'kk', params)).toContain('3 құжат көрсетілген, ал 2 файл');
  });
});
