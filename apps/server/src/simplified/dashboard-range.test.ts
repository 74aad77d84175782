import { DomainError } from '@oryndau/domain';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_CSV_HEADER, DASHBOARD_CSV_TOTAL } from './dashboard-csv';
import { dashboardRange, daysOf } from './dashboard-range';

// 2026-03-01T19:30Z is already 2 March in Almaty (UTC+5).
const now = new Date('2026-03-01T19:30:00Z');

const errorOf = (query: { from?: string; to?: string }): DomainError => {
  try {
    dashboardRange(query, now);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(query)}`);
};

describe('pilot dashboard period', () => {
  it('SIMP-1: defaults to the 30 days ending today in Almaty; `from` alone runs to today', () => {
    expect(dashboardRange({}, now)).toEqual({ from: '2026-02-01', to: '2026-03-02' });
    expect(dashboardRange({ to: '2024-03-01' }, now)).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(dashboardRange({ from: '2026-02-25' }, now)).toEqual({ from: '2026-02-25', to: '2026-03-02' });
    expect(daysOf({ from: '2024-02-28', to: '2024-03-01' })).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('SIMP-1: one day up to 366 days; anything else is a validation error', () => {
    expect(daysOf(dashboardRange({ from: '2026-03-02', to: '2026-03-02' }, now))).toHaveLength(1);
    expect(daysOf(dashboardRange({ from: '2024-01-01', to: '2024-12-31' }, now))).toHaveLength(366);
    expect(errorOf({ from: '2024-01-01', to: '2025-01-01' }).details).toMatchObject({ fields: ['from', 'to'], rule: 'too_long' });
    expect(errorOf({ from: '2026-03-02', to: '2026-03-01' }).details).toMatchObject({ rule: 'from_after_to' });
    expect(errorOf({ from: '2026-02-30' }).details).toEqual({ fields: ['from'] });
    expect(errorOf({ from: '2026-02-01', to: '1.3.2026' }).code).toBe('validation');
  });

  it('SIMP-1…SIMP-6: every CSV column has a Kazakh and a Russian heading', () => {
    for (const text of [...Object.values(DASHBOARD_CSV_HEADER), DASHBOARD_CSV_TOTAL]) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.ru.trim()).not.toBe('');
      expect(text.kk).not.toBe(text.ru);
      expect(text.kk + text.ru).not.toMatch(/[;"\r\n]/);
    }
  });
});
