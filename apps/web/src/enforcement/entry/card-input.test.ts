import { describe, expect, it } from 'vitest';
import { fieldPath, fieldProblems, toCardInput } from './card-input.ts';
import type { EntryValues } from './card-input.ts';

const values = (extra: Partial<EntryValues> = {}): EntryValues => ({
  arrivalOrder: 'first',
  claimEssence: ' взыскание суммы ',
  issueDate: '19.06.2015',
  issuingBody: 'Суд г. Астана',
  documentType: 'writ',
  documentNumber: '3000',
  entryIntoForceDate: '19.06.2015',
  categoryCode: 'state',
  amount: '2 000',
  currency: 'KZT',
  exchangeRate: '470,25',
  exchangeRateDate: '01.06.2015',
  receivedFrom: '  ',
  solidaryLiability: true,
  trustedPerson: false,
  debtors: [{ kind: 'legal_entity', identifier: '940740000911 ', name: 'АО «Казахалтын»', regionKato: '710000000' }],
  claimants: [{ kind: 'individual', identifier: '800101300006', name: 'Иванов', address: 'ул. Абая, 1', regionKato: '750000000' }],
  ...extra,
});

describe('ENF-1: manual entry of an executive document', () => {
  it('ENF-1: sends ISO days, trims text, leaves blanks out and lists debtors before claimants', () => {
    const input = toCardInput(values());
    expect(input).toEqual({
      arrivalOrder: 'first', claimEssence: 'взыскание суммы', issueDate: '2015-06-19', issuingBody: 'Суд г. Астана',
      documentType: 'writ', documentNumber: '3000', entryIntoForceDate: '2015-06-19', categoryCode: 'state',
      amount: '2 000', currency: 'KZT', solidaryLiability: true, trustedPerson: false,
      parties: [
        { role: 'debtor', kind: 'legal_entity', identifier: '940740000911', name: 'АО «Казахалтын»', regionKato: '710000000' },
        { role: 'claimant', kind: 'individual', identifier: '800101300006', name: 'Иванов', address: 'ул. Абая, 1', regionKato: '750000000' },
      ],
    });
  });

  it('ENF-1: sends the exchange rate and its date only for a foreign currency', () => {
    const input = toCardInput(values({ currency: 'USD', senderDocumentDate: '31.07.2015', signerName: 'Ахметов А.' }));
    expect(input.exchangeRate).toBe('470,25');
    expect(input.exchangeRateDate).toBe('2015-06-01');
    expect(input.senderDocumentDate).toBe('2015-07-31');
    expect(input.signerName).toBe('Ахметов А.');
  });

  it('ISSUE-13 item 1, ENF-1: sends the issuing body\'s Kazakh name trimmed when typed, and leaves it out when blank', () => {
    expect(toCardInput(values({ issuingBodyKk: '  Астана қаласының соты ' })).issuingBodyKk).toBe('Астана қаласының соты');
    expect(toCardInput(values({ issuingBodyKk: '   ' }))).not.toHaveProperty('issuingBodyKk');
  });

  it('ENF-1: puts server field errors next to the right field', () => {
    expect(fieldPath('issueDate', 1, 1)).toEqual(['issueDate']);
    expect(fieldPath('parties.0.identifier', 2, 1)).toEqual(['debtors', 0, 'identifier']);
    expect(fieldPath('parties[2].name', 2, 1)).toEqual(['claimants', 0, 'name']);
    expect(fieldPath('parties.3.name', 2, 1)).toBeNull();
    expect(fieldPath('parties', 2, 1)).toBeNull();
    expect(fieldPath('amount.value', 1, 1)).toBeNull();
  });

  it('ENF-1: reads only well-formed 422 field problems', () => {
    const good = { field: 'amount', code: 'amount_invalid', message: { kk: 'Сома қате', ru: 'Неверная сумма' } };
    expect(fieldProblems({ fields: [good, { field: 1 }, null, { field: 'x', message: 'text' }] })).toEqual([good]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});
