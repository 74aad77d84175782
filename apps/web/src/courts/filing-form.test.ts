import { describe, expect, it } from 'vitest';
import type { CourtReference } from '../api/courts-types.ts';
import { claimAmountTiyn, courtsFor, iinBinProblem, previewDuty, regionsFor, utcOffsetText } from './filing-form.ts';

const court = (id: string, regionId: string, instances: CourtReference['instances']): CourtReference => ({
  id, code: '7114', name: { kk: id, ru: id }, level: 'district', levelName: { kk: '', ru: '' }, instances, forms: ['civil'], regionId,
  timeZone: 'Asia/Almaty', workdayStart: '09:00', workdayEnd: '18:30', lunchStart: null, lunchEnd: null, address: { kk: '', ru: '' }, phone: null, email: null,
});

describe('ISSUE-14 item 3 (FILE-2, FILE-3): the new filing form checks what is typed', () => {
  it('checks an IIN or BIN as typed, the check digit included, with the reason named', () => {
    expect(iinBinProblem('', 'individual')).toBe('iinBinRequired');
    expect(iinBinProblem('92070730000', 'individual')).toBe('iinBinDigits');
    expect(iinBinProblem('920707300005', 'individual')).toBeNull();
    expect(iinBinProblem('9207 0730 0005', 'individual')).toBeNull();
    expect(iinBinProblem('920707300006', 'individual')).toBe('iinInvalid');
    expect(iinBinProblem('210540011204', 'legal_entity')).toBeNull();
    expect(iinBinProblem('210540011205', 'legal_entity')).toBe('binInvalid');
  });

  it('reads a claim amount as people type it, in tiyn; an empty field is no amount, a wrong one is null', () => {
    expect(claimAmountTiyn('1 250 000,50')).toBe(125_000_050);
    expect(claimAmountTiyn('')).toBeUndefined();
    expect(claimAmountTiyn('abc')).toBeNull();
  });

  it('FILE-4: previews the duty of a property claim from the domain\'s rates, and none for a hearing-record request', () => {
    const claim = previewDuty({ service: 'claim', applicantKind: 'individual', amountTiyn: 100_000_000, today: '2026-03-02' });
    expect(claim?.amountTiyn).toBe(1_000_000); // 1 % of 1 000 000 ₸ for an individual
    expect(claim?.basis.ru).not.toBe('');
    const record = previewDuty({ service: 'hearing_record_request', applicantKind: 'individual', amountTiyn: undefined, today: '2026-03-02' });
    expect(record?.amountTiyn).toBe(0);
    expect(previewDuty({ service: 'claim', applicantKind: 'individual', amountTiyn: null, today: '2026-03-02' })).toBeNull();
  });

  it('FILE-13: says the court\'s zone as an offset; Aqtobe is +5, Almaty +5 after 1 March 2024 and +6 before', () => {
    expect(utcOffsetText('Asia/Aqtobe', Date.UTC(2026, 0, 15))).toBe('+5');
    expect(utcOffsetText('Asia/Almaty', Date.UTC(2024, 0, 15))).toBe('+6');
    expect(utcOffsetText('Asia/Almaty', Date.UTC(2024, 5, 15))).toBe('+5');
  });

  it('offers the courts of a region that hear the service\'s instance; hearing-record services any court', () => {
    const all = [court('a', 'r1', ['first']), court('b', 'r1', ['appeal']), court('c', 'r2', ['first'])];
    expect(courtsFor(all, 'claim', 'r1').map((c) => c.id)).toEqual(['a']);
    expect(courtsFor(all, 'appeal', 'r1').map((c) => c.id)).toEqual(['b']);
    expect(courtsFor(all, 'hearing_record_request', 'r1').map((c) => c.id)).toEqual(['a', 'b']);
    expect(regionsFor(all, 'claim')).toEqual(['r1', 'r2']);
  });
});
