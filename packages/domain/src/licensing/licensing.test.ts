import { KZ_WORKING_CALENDAR, createWorkingCalendar } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import {
  LICENSING_ACTIONS, LICENSING_STATUSES, LICENSING_TRANSITIONS, isLicensingOverdue, licensingDeadline, nextLicensingStatus, workingDaysLeft,
} from '.';
import { LICENCE_FEE_RATES, licenceFee } from './fee';
import { licenceNumber, licensingApplicationNumber } from './licence-number';
import { licenceValidOn, nextLicenceStatus } from './register';
import { missingDocuments } from './documents';
import { serviceReasonProblem } from './services';
import { refusalProblem } from './refusal-reasons';
import { meanScore, shareDecidedInTime } from './survey';
import { unmetRequirements, QUALIFICATION_CHECKLIST } from './qualification';

const cal = KZ_WORKING_CALENDAR;

describe('licensing application transition table', () => {
  it('LIC-1, LIC-2: the portal path draft → paid → signed → registered → under_review → issued', () => {
    const path = ['pay', 'sign', 'register', 'takeForReview', 'issue'] as const;
    let status: (typeof LICENSING_STATUSES)[number] = 'draft';
    const seen: string[] = [status];
    for (const action of path) {
      const next = nextLicensingStatus(status, action);
      expect(next, action).toBeDefined();
      status = next!;
      seen.push(status);
    }
    expect(seen).toEqual(['draft', 'paid', 'signed', 'registered', 'under_review', 'issued']);
  });

  it('LIC-2: unpaid (draft) and a failed certificate (paid) are refused; signing without paying is not in the table', () => {
    expect(nextLicensingStatus('draft', 'refuse')).toBe('refused');
    expect(nextLicensingStatus('paid', 'refuse')).toBe('refused');
    expect(nextLicensingStatus('draft', 'sign')).toBeUndefined();
  });

  it('LIC-3: the staff channel registers a draft directly', () => {
    expect(nextLicensingStatus('draft', 'registerByStaff')).toBe('registered');
    expect(nextLicensingStatus('paid', 'registerByStaff')).toBeUndefined();
  });

  it('LIC-1: return for correction and resubmission, then a decision', () => {
    expect(nextLicensingStatus('under_review', 'returnForCorrection')).toBe('returned_for_correction');
    expect(nextLicensingStatus('returned_for_correction', 'resubmit')).toBe('resubmitted');
    expect(nextLicensingStatus('resubmitted', 'issue')).toBe('issued');
    expect(nextLicensingStatus('returned_for_correction', 'issue')).toBeUndefined();
  });

  it('LIC-1: issued and refused are final; every cell names a known status', () => {
    for (const action of LICENSING_ACTIONS) {
      expect(nextLicensingStatus('issued', action)).toBeUndefined();
      expect(nextLicensingStatus('refused', action)).toBeUndefined();
    }
    for (const row of Object.values(LICENSING_TRANSITIONS)) {
      for (const to of Object.values(row)) expect(LICENSING_STATUSES).toContain(to);
    }
  });
});

describe('licensingDeadline (LIC-5)', () => {
  it('LIC-5: 15 working days, the registration day not counted, Nauryz holidays skipped', () => {
    expect(licensingDeadline(new Date('2026-03-18T05:00:00Z'), 'Asia/Almaty', cal)).toBe('2026-04-13');
  });
  it('LIC-5: a Saturday moved to a working day counts (4 May 2024), the May holidays do not', () => {
    expect(licensingDeadline(new Date('2024-04-26T05:00:00Z'), 'Asia/Almaty', cal)).toBe('2024-05-22');
    const withoutMove = createWorkingCalendar(cal.entries.filter((e) => e.date !== '2024-05-04'));
    expect(licensingDeadline(new Date('2024-04-26T05:00:00Z'), 'Asia/Almaty', withoutMove)).toBe('2024-05-23');
  });
  it('LIC-5: month and year ends; the day is the licensor\'s zone day', () => {
    // 20:00 UTC on 26 Feb is 27 Feb in Almaty: counting starts on 28 Feb, runs over the month end and 9 March.
    expect(licensingDeadline(new Date('2026-02-26T20:00:00Z'), 'Asia/Almaty', cal)).toBe('2026-03-26');
    expect(licensingDeadline(new Date('2026-02-26T20:00:00Z'), 'UTC', cal)).toBe('2026-03-20');
    expect(licensingDeadline(new Date('2025-12-25T05:00:00Z'), 'Asia/Almaty', cal)).toBe('2026-01-20');
  });
  it('LIC-5: Kurban ait 2026 (27 May) is skipped', () => {
    expect(licensingDeadline(new Date('2026-05-05T05:00:00Z'), 'Asia/Almaty', cal)).toBe('2026-05-29');
  });
  it('LIC-5: days left and overdue', () => {
    expect(workingDaysLeft('2026-04-13', '2026-04-09', cal)).toBe(2);
    expect(workingDaysLeft('2026-04-13', '2026-04-13', cal)).toBe(0);
    expect(isLicensingOverdue('2026-04-13', '2026-04-13')).toBe(false);
    expect(isLicensingOverdue('2026-04-13', '2026-04-14')).toBe(true);
  });
});

describe('licence fee by payment date (LIC-2)', () => {
  it('LIC-2: the MRP of the payment date, not of the application date', () => {
    const late2025 = licenceFee('issue', '2025-12-31');
    const early2026 = licenceFee('issue', '2026-01-01');
    expect(late2025.mrpTenge).toBe(3932);
    expect(early2026.mrpTenge).toBe(4325);
    expect(late2025.amountTiyn).toBe(LICENCE_FEE_RATES.issue.mrp * 3932 * 100);
    expect(early2026.amountTiyn).toBe(LICENCE_FEE_RATES.issue.mrp * 4325 * 100);
  });
  it('LIC-2: the rate is data and marked unconfirmed; an overriding table is used', () => {
    expect(licenceFee('reissue', '2026-02-01').confirmed).toBe(false);
    const fee = licenceFee('duplicate', '2026-02-01', { ...LICENCE_FEE_RATES, duplicate: { service: 'duplicate', mrp: 2, mark: 'C', source: 'test' } });
    expect(fee).toMatchObject({ amountTiyn: 2 * 4325 * 100, confirmed: true });
  });
});

describe('licence register and numbers (LIC-8)', () => {
  it('LIC-8: one central sequence, fixed format', () => {
    expect(licenceNumber(42)).toBe('ЧСИ-00000042');
    expect(() => licenceNumber(0)).toThrow(RangeError);
    expect(licensingApplicationNumber(2026, 7)).toBe('ЛЗ-2026-000007');
  });
  it('LIC-8: suspended → resumed → valid; terminated is final; re-issue replaces', () => {
    expect(nextLicenceStatus('valid', 'suspended')).toBe('suspended');
    expect(nextLicenceStatus('suspended', 'resumed')).toBe('valid');
    expect(nextLicenceStatus('valid', 'resumed')).toBeUndefined();
    expect(nextLicenceStatus('terminated', 'resumed')).toBeUndefined();
    expect(nextLicenceStatus('valid', 'reissued')).toBe('replaced');
  });
  it('LIC-8, ENF-12: valid on a day — not before issue, not from the suspension day', () => {
    const suspended = { status: 'suspended', issuedOn: '2026-01-10', statusSince: '2026-03-01' } as const;
    expect(licenceValidOn(suspended, '2026-02-28')).toBe(true);
    expect(licenceValidOn(suspended, '2026-03-01')).toBe(false);
    expect(licenceValidOn({ status: 'valid', issuedOn: '2026-01-10', statusSince: null }, '2026-01-09')).toBe(false);
    expect(licenceValidOn({ status: 'replaced', issuedOn: '2026-01-10', statusSince: '2026-05-01' }, '2026-02-01')).toBe(false);
  });
});

describe('services, documents, checklist, refusals, survey', () => {
  it('LIC-1: re-issue and duplicate need a reason of their own list; issue none', () => {
    expect(serviceReasonProblem('issue', null)).toBeNull();
    expect(serviceReasonProblem('reissue', 'name_changed')).toBeNull();
    expect(serviceReasonProblem('duplicate', 'name_changed')).toBe('reason');
    expect(serviceReasonProblem('duplicate', 'lost')).toBeNull();
  });
  it('LIC-2: missing required documents are named', () => {
    expect(missingDocuments('duplicate', ['identity'])).toEqual([]);
    expect(missingDocuments('issue', ['identity'])).toContain('law_diploma');
  });
  it('LIC-2 (condition 4): every checklist item has a legal basis; unmet ones are listed', () => {
    for (const item of QUALIFICATION_CHECKLIST) expect(item.basis.length).toBeGreaterThan(5);
    expect(unmetRequirements(Object.fromEntries(QUALIFICATION_CHECKLIST.map((i) => [i.code, true])))).toEqual([]);
    expect(unmetRequirements({ citizen: true })).toContain('age_25');
  });
  it('LIC-2: a reviewer refuses with reviewer reasons only', () => {
    expect(refusalProblem([], null)).toBe('reasons');
    expect(refusalProblem(['not_paid'], null)).toBe('reasons');
    expect(refusalProblem(['qualification_not_met'], 'x')).toBeNull();
  });
  it('LIC-6: share decided in time and mean score', () => {
    expect(shareDecidedInTime([])).toBeNull();
    expect(shareDecidedInTime([{ deadline: '2026-04-13', decidedOn: '2026-04-13' }, { deadline: '2026-04-13', decidedOn: '2026-04-14' },
      { deadline: '2026-04-13', decidedOn: '2026-04-01' }])).toBe(0.6667);
    expect(meanScore({ 1: 1, 2: 0, 3: 1 })).toBe(2);
  });
});
