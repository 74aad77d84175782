import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { stateDuty, dutyProceedingOf, type DutyInput, type DutyResult } from './duty';
import { DUTY_EXEMPTIONS, DUTY_RATES } from './duty-rates';

const ok = (input: DutyInput): DutyResult => {
  const r = stateDuty(input);
  if (r instanceof DomainError) throw r;
  return r;
};
const property = (amountTiyn: number) => ({ kind: 'property' as const, amountTiyn });
const ON = '2026-03-16'; // MRP 4 325 ₸ = 432 500 tiyn

describe('FILE-4 ISSUE-14 item 4: state duty (НК-2026 art. 665, 668)', () => {
  it('FILE-4 ISSUE-14 item 4: property claim, individual: 1 % (1 000 000 ₸ → 10 000 ₸), capped at 10 000 MRP', () => {
    const r = ok({ proceeding: 'claim', applicantKind: 'individual', subject: property(100_000_000), on: ON });
    expect(r).toMatchObject({ amountTiyn: 1_000_000, rate: 'property_individual', article: 'НК-2026 ст. 665 п. 1 пп. 1', confirmed: true });
    // 5 000 000 000 ₸: 1 % = 50 000 000 ₸ > 10 000 × 4 325 = 43 250 000 ₸.
    expect(ok({ proceeding: 'claim', applicantKind: 'individual', subject: property(500_000_000_000), on: ON }).amountTiyn).toBe(4_325_000_000);
  });

  it('FILE-4 ISSUE-14 item 4: property claim, legal entity: 3 % rounded half-up to the tiyn, capped at 20 000 MRP', () => {
    // 1 234 567,89 ₸ × 3 % = 37 037,0367 ₸ → 37 037,04 ₸.
    expect(ok({ proceeding: 'claim', applicantKind: 'legal_entity', subject: property(123_456_789), on: ON }).amountTiyn).toBe(3_703_704);
    // 0,50 ₸ × 3 % = 1,5 tiyn → 2 tiyn (half-up).
    expect(ok({ proceeding: 'claim', applicantKind: 'legal_entity', subject: property(50), on: ON }).amountTiyn).toBe(2);
    expect(ok({ proceeding: 'claim', applicantKind: 'legal_entity', subject: property(1_000_000_000_000), on: ON }).amountTiyn).toBe(8_650_000_000);
  });

  it('FILE-4 ISSUE-14 item 4: non-property 0.5 MRP and divorce 0.3 MRP use the MRP of the filing year', () => {
    expect(ok({ proceeding: 'claim', applicantKind: 'individual', subject: { kind: 'non_property' }, on: ON }).amountTiyn).toBe(216_250);
    expect(ok({ proceeding: 'claim', applicantKind: 'individual', subject: { kind: 'divorce' }, on: ON }).amountTiyn).toBe(129_750);
    // 2025: MRP 3 932 ₸ → 0.3 MRP = 1 179,60 ₸.
    expect(ok({ proceeding: 'claim', applicantKind: 'individual', subject: { kind: 'divorce' }, on: '2025-12-31' }).amountTiyn).toBe(117_960);
  });

  it('FILE-4 ISSUE-14 item 4: a court order is 50 % of the property rate; non-property has no court order', () => {
    // 1 001,50 ₸ × 1 % = 10,015 ₸ → 10,02 ₸; half = 5,01 ₸.
    const r = ok({ proceeding: 'court_order', applicantKind: 'individual', subject: property(100_150), on: ON });
    expect(r).toMatchObject({ amountTiyn: 501, rate: 'court_order', confirmed: true });
    expect(r.article).toBe('НК-2026 ст. 665 п. 1 пп. 10; НК-2026 ст. 665 п. 1 пп. 1');
    const refused = stateDuty({ proceeding: 'court_order', applicantKind: 'individual', subject: { kind: 'non_property' }, on: ON });
    expect(refused instanceof DomainError && refused.code).toBe('courts.claim_amount_invalid');
  });

  it('FILE-4 ISSUE-14 item 4: cassation is 50 % of the first-instance rate for the person filing', () => {
    expect(ok({ proceeding: 'cassation', applicantKind: 'individual', subject: { kind: 'non_property' }, on: ON }).amountTiyn).toBe(108_125);
    expect(ok({ proceeding: 'cassation', applicantKind: 'legal_entity', subject: property(100_000_000), on: ON }).amountTiyn).toBe(1_500_000);
    expect(ok({ proceeding: 'cassation', applicantKind: 'individual', subject: { kind: 'divorce' }, on: '2025-06-01' }).amountTiyn).toBe(58_980);
  });

  it('FILE-4 ISSUE-14 item 4: appeal and the hearing-record services are 0 and marked unconfirmed, with the reason', () => {
    const appeal = ok({ proceeding: 'appeal', applicantKind: 'individual', on: ON });
    expect(appeal).toMatchObject({ amountTiyn: 0, rate: 'appeal', confirmed: false });
    expect(appeal.basis.ru).toContain('не подтверждено');
    const record = ok({ proceeding: dutyProceedingOf('hearing_record_remarks'), applicantKind: 'individual', on: ON });
    expect(record).toMatchObject({ amountTiyn: 0, rate: 'hearing_record', confirmed: false });
    expect(record.basis.kk).toContain('расталмаған');
  });

  it('FILE-4 ISSUE-14 item 4: exemptions (art. 668) give 0 with the ground', () => {
    for (const code of ['labour', 'alimony', 'injury', 'disability'] as const) {
      const r = ok({ proceeding: 'claim', applicantKind: 'individual', subject: property(100_000_000), on: ON, exemption: code });
      expect(r).toMatchObject({ amountTiyn: 0, rate: 'exempt', exempt: code, article: DUTY_EXEMPTIONS[code].article, confirmed: true });
      expect(r.basis.ru).toContain(DUTY_EXEMPTIONS[code].text.ru);
    }
  });

  it('FILE-4 ISSUE-14 item 4: a claim needs a positive whole amount', () => {
    for (const amountTiyn of [0, -5, 1.5]) {
      const r = stateDuty({ proceeding: 'claim', applicantKind: 'individual', subject: property(amountTiyn), on: ON });
      expect(r instanceof DomainError && r.code).toBe('courts.claim_amount_invalid');
    }
    const none = stateDuty({ proceeding: 'claim', applicantKind: 'individual', on: ON });
    expect(none instanceof DomainError && none.code).toBe('validation');
  });

  it('FILE-4 ISSUE-14 item 4: every rate and exemption has a citation, a mark and kk/ru text without Latin letters', () => {
    for (const rate of Object.values(DUTY_RATES)) {
      expect(rate.article).toMatch(/^НК-2026 ст\. 66[58]/);
      expect(rate.basis.kk).not.toBe(rate.basis.ru);
      expect(/[A-Za-z]/.test(rate.basis.kk + rate.basis.ru), rate.code).toBe(false);
    }
    for (const ex of Object.values(DUTY_EXEMPTIONS)) expect(/[A-Za-z]/.test(ex.text.kk + ex.text.ru), ex.code).toBe(false);
  });
});
