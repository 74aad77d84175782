import { describe, expect, it } from 'vitest';
import {
  addDays, chartLayout, chartSeries, daysInRange, defaultRange, formatShare, isAcceptableRange, medianParts, niceCeiling,
} from './dashboard-model.ts';
import type { DashboardDay } from './simplified-types.ts';

const day = (date: string, counts: Partial<DashboardDay> = {}): DashboardDay => ({
  date, received: 0, initiated: 0, terminated: 0, cancelledExpired: 0, cancelledDisagreed: 0, ordinary: 0, ...counts,
});

describe('SIMP-1: the pilot dashboard\'s range and figures', () => {
  it('defaults to the last 30 days, today included, across month and year ends', () => {
    expect(defaultRange('2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(daysInRange(defaultRange('2026-03-10'))).toBe(30);
    expect(defaultRange('2026-01-05').from).toBe('2025-12-07');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('accepts 1 to 366 days, no more, and no range running backwards', () => {
    expect(isAcceptableRange({ from: '2026-01-01', to: '2026-01-01' })).toBe(true);
    expect(isAcceptableRange({ from: '2024-01-01', to: '2024-12-31' })).toBe(true);
    expect(isAcceptableRange({ from: '2024-01-01', to: '2025-01-01' })).toBe(false);
    expect(isAcceptableRange({ from: '2026-01-02', to: '2026-01-01' })).toBe(false);
  });

  it('writes the share paid in time as a percentage with a decimal comma', () => {
    expect(formatShare(0.875, 'ru')?.replace(/\s/g, ' ')).toBe('87,5 %');
    expect(formatShare(1, 'kk')?.replace(/\s/g, ' ')).toMatch(/^100 ?%$/);
    expect(formatShare(null, 'ru')).toBeNull();
  });

  it('says the median time to pay in days and hours, or hours and minutes', () => {
    expect(medianParts(2 * 86_400 + 3 * 3600 + 59)).toEqual([{ unit: 'days', count: 2 }, { unit: 'hours', count: 3 }]);
    expect(medianParts(5 * 3600 + 30 * 60)).toEqual([{ unit: 'hours', count: 5 }, { unit: 'minutes', count: 30 }]);
    expect(medianParts(null)).toBeNull();
  });
});

describe('SIMP-1: the stacked bar chart', () => {
  it('rounds the axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(3)).toBe(5);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(11)).toBe(20);
    expect(niceCeiling(200)).toBe(200);
    expect(niceCeiling(201)).toBe(500);
  });

  it('stacks each day\'s counts in series order, from the axis up, and skips zeros', () => {
    const layout = chartLayout([day('2026-03-01', { initiated: 3, terminated: 1, ordinary: 1 }), day('2026-03-02'), day('2026-03-03', { cancelledDisagreed: 2 })]);
    const [first, second, third] = layout.bars;
    expect(first?.total).toBe(5);
    expect(first?.segments.map((s) => s.key)).toEqual(['initiated', 'terminated', 'ordinary']);
    // The axis tops at 5 here, so the tallest bar fills the plot exactly.
    const plotHeight = layout.plot.bottom - layout.plot.top;
    expect(first?.segments[0]?.y).toBeCloseTo(layout.plot.bottom - (3 / 5) * plotHeight);
    expect(first?.segments[2]?.y).toBeCloseTo(layout.plot.top);
    expect(first?.segments.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(plotHeight);
    expect(second?.segments).toEqual([]);
    expect(third?.segments).toEqual([expect.objectContaining({ key: 'cancelledDisagreed', value: 2 })]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(first?.label).toBe('01.03');
    // Bars stay inside the plot and in date order.
    expect((third?.x ?? 0) + (third?.width ?? 0)).toBeLessThanOrEqual(layout.plot.right);
    expect((first?.x ?? 0)).toBeLessThan(second?.x ?? 0);
  });

  it('labels every k-th day when there are many, and draws an empty range without dividing by zero', () => {
    const days = Array.from({ length: 366 }, (_, i) => day(addDays('2025-01-01', i), { initiated: i % 7 }));
    const labels = chartLayout(days).bars.filter((b) => b.label !== null);
    expect(labels.length).toBeLessThanOrEqual(13);
    expect(labels.length).toBeGreaterThanOrEqual(10);
    expect(chartLayout([]).bars).toEqual([]);
    expect(chartLayout([]).ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(new Set(chartSeries.map((s) => s.colour)).size).toBe(chartSeries.length);
  });
});
