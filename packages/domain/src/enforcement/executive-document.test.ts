import { describe, expect, it } from 'vitest';
import {
  CARD_ERROR_MESSAGES, convertToTiyn, parseDecimal, validateExecutiveDocumentCard, type ExecutiveDocumentCardInput,
} from './executive-document';

const card: ExecutiveDocumentCardInput = {
  registrationDate: '2026-03-20',
  arrivalOrder: 'first',
  claimEssence: 'взыскание суммы',
  issueDate: '2026-02-10',
  issuingBody: 'Суд г. Астана',
  documentType: 'исполнительный лист',
  documentNumber: '7585-24-00-2/101',
  entryIntoForceDate: '2026-03-12',
  categoryCode: 'citizens',
  amount: '1 234 567,89',
  currency: 'KZT',
  solidaryLiability: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '061211600012', name: 'Должник' },
    { role: 'claimant', kind: 'legal_entity', identifier: '940140000385', name: 'ТОО «Взыскатель»' },
  ],
};

const codes = (input: ExecutiveDocumentCardInput): string[] => {
  const result = validateExecutiveDocumentCard(input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('ENF-1: executive-document card validation', () => {
  it('ENF-1: a complete card in tenge passes with the amount in tiyn', () => {
    const result = validateExecutiveDocumentCard(card);
    expect(result.ok && result.card.amountTiyn).toBe(123_456_789);
    expect(result.ok && result.card.amountMinor).toBe(123_456_789);
  });

  it('ENF-1, issue 11 item 10: a party region must exist in the reference data, a district must lie in it', () => {
    const [debtor, claimant] = card.parties;
    const withRegions = (d: Record<string, string>, c: Record<string, string> = { regionKato: '310000000' }) =>
      codes({ ...card, parties: [{ ...debtor!, ...d }, { ...claimant!, ...c }] });
    expect(withRegions({ regionKato: '310000000', districtKato: '311010000' })).toEqual([]);
    expect(withRegions({ regionKato: '999999999' })).toEqual(['parties[0].regionKato:card.region_unknown']);
    expect(withRegions({ regionKato: '310000000' }, { regionKato: '000000000' })).toEqual(['parties[1].regionKato:card.region_unknown']);
    expect(withRegions({ regionKato: '310000000', districtKato: '711110000' })).toEqual(['parties[0].districtKato:card.district_outside_region']);
    const message = validateExecutiveDocumentCard({ ...card, parties: [{ ...debtor!, regionKato: '999999999' }, claimant!] });
    expect(!message.ok && message.errors[0]?.message).toEqual(CARD_ERROR_MESSAGES['card.region_unknown']);
    expect(CARD_ERROR_MESSAGES['card.region_unknown'].kk).not.toBe(CARD_ERROR_MESSAGES['card.region_unknown'].ru);
  });

  it('ENF-1: IIN/BIN checksums by party kind', () => {
    const parties = [
      { role: 'debtor', kind: 'individual', identifier: '061211600013', name: 'A' },
      { role: 'claimant', kind: 'individual', identifier: '940140000385', name: 'B' },
      { role: 'claimant', kind: 'legal_entity', identifier: '940140000386', name: 'C' },
    ] as const;
    expect(codes({ ...card, parties })).toEqual([
      'parties[0].identifier:card.iin_invalid', 'parties[1].identifier:card.iin_invalid', 'parties[2].identifier:card.bin_invalid',
    ]);
  });

  it('ENF-1: at least one debtor and one claimant', () => {
    expect(codes({ ...card, parties: [] })).toEqual(['parties:card.debtor_required', 'parties:card.claimant_required']);
    expect(codes({ ...card, parties: card.parties.slice(0, 1) })).toEqual(['parties:card.claimant_required']);
  });

  it('ENF-1: several debtors with solidary liability are accepted', () => {
    const parties = [...card.parties, { role: 'debtor' as const, kind: 'individual' as const, identifier: '800101300006', name: 'D' }];
    expect(validateExecutiveDocumentCard({ ...card, parties, solidaryLiability: true }).ok).toBe(true);
  });

  it('ENF-1: issue ≤ entry into force ≤ registration, real dates only', () => {
    expect(codes({ ...card, issueDate: '2026-03-13' })).toEqual(['entryIntoForceDate:card.issue_after_entry_into_force']);
    expect(codes({ ...card, entryIntoForceDate: '2026-03-21' })).toEqual(['registrationDate:card.entry_into_force_after_registration']);
    expect(codes({ ...card, issueDate: '2026-02-30' })).toEqual(['issueDate:card.date_invalid']);
    expect(codes({ ...card, registrationDate: '' })).toEqual(['registrationDate:card.required']);
    expect(codes({ ...card, issueDate: '2026-03-12', registrationDate: '2026-03-12' })).toEqual([]);
  });

  it('ENF-1: amount must be a positive decimal with at most two places', () => {
    expect(codes({ ...card, amount: '0' })).toEqual(['amount:card.amount_not_positive']);
    expect(codes({ ...card, amount: '-5' })).toEqual(['amount:card.amount_invalid']);
    expect(codes({ ...card, amount: '1.234' })).toEqual(['amount:card.amount_invalid']);
    expect(codes({ ...card, amount: '' })).toEqual(['amount:card.required']);
  });

  it('ENF-1: foreign currency needs rate and rate date; tenge amount computed exactly', () => {
    const usd = { ...card, currency: 'usd', amount: '1234.56' };
    expect(codes(usd)).toEqual(['exchangeRate:card.rate_required', 'exchangeRateDate:card.rate_date_required']);
    expect(codes({ ...usd, exchangeRate: '0', exchangeRateDate: '2026-13-01' }))
      .toEqual(['exchangeRate:card.rate_invalid', 'exchangeRateDate:card.date_invalid']);
    const result = validateExecutiveDocumentCard({ ...usd, exchangeRate: '470,25', exchangeRateDate: '2026-03-19' });
    // 1234.56 × 470.25 = 580 551.84 exactly (a float product gives 580551.8399999999).
    expect(result.ok && result.card).toMatchObject({ currency: 'USD', amountMinor: 123_456, amountTiyn: 58_055_184 });
    expect(codes({ ...card, currency: 'US' })).toEqual(['currency:card.currency_invalid']);
  });

  it('ENF-1: conversion rounds half away from zero', () => {
    expect(convertToTiyn(parseDecimal('0.01', 2)!, parseDecimal('0.5', 6)!)).toBe(1n); // 0.005 tenge → 1 tiyn
    expect(convertToTiyn(parseDecimal('0.01', 2)!, parseDecimal('0.49', 6)!)).toBe(0n);
    expect(convertToTiyn(parseDecimal('10', 2)!, parseDecimal('470.123456', 6)!)).toBe(470_123n);
  });

  it('ENF-1: required text fields and party names', () => {
    const parties = [{ ...card.parties[0]!, name: ' ' }, card.parties[1]!];
    expect(codes({ ...card, issuingBody: '', parties })).toEqual(['issuingBody:card.required', 'parties[0].name:card.required']);
  });

  it('ENF-1: every card error has kk and ru text', () => {
    for (const [code, text] of Object.entries(CARD_ERROR_MESSAGES)) {
      expect(text.kk.trim(), code).not.toBe('');
      expect(text.ru.trim(), code).not.toBe('');
      expect(text.kk, code).not.toBe(text.ru);
    }
  });
});
