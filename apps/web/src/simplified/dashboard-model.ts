import { intlLocale } from '../i18n/ui-language.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { DayRange } from './simplified-api.ts';
import type { DashboardCounts, DashboardDay } from './simplified-types.ts';
import { durationParts, splitDuration } from './time-left.ts';
import type { DurationPart } from './time-left.ts';

// Pure arithmetic of the pilot dashboard: the date range, the figures as
// people read them, and the geometry of the stacked bar chart (inline SVG,
// no chart library).

export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (m === null) throw new RangeError(`not a calendar day: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Days in a range, both ends included. */
export function daysInRange(range: DayRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

/** The last 30 days, today included. */
export function defaultRange(today: string): DayRange {
  return { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today };
}

export function isAcceptableRange(range: DayRange): boolean {
  const days = daysInRange(range);
  return days >= 1 && days <= MAX_RANGE_DAYS;
}

/** 0.875 → "87,5 %" (ru/kk write a decimal comma); null for no closed cases yet. */
export function formatShare(share: number | null, language: UiLanguage): string | null {
  if (share === null || !Number.isFinite(share)) return null;
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function medianParts(seconds: number | null): DurationPart[] | null {
  return seconds === null || !Number.isFinite(seconds) ? null : durationParts(splitDuration(seconds * 1000));
}

/** The chart's series, bottom to top, with colours that stay apart for common colour-blindness and carry a legend. */
export const chartSeries = [
  { key: 'initiated', colour: '#00758A' },
  { key: 'terminated', colour: '#2E7D32' },
  { key: 'cancelledExpired', colour: '#E69F00' },
  { key: 'cancelledDisagreed', colour: '#B3261E' },
  { key: 'ordinary', colour: '#6B7B83' },
] as const satisfies readonly { key: keyof DashboardCounts; colour: string }[];

export type SeriesKey = (typeof chartSeries)[number]['key'];

/** The smallest 1, 2 or 5 × 10ⁿ at or above `max` (at least 1), so the axis reads in round numbers. */
export function niceCeiling(max: number): number {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export type ChartSegment = { key: SeriesKey; value: number; y: number; height: number; colour: string };
export type ChartBar = { date: string; x: number; width: number; total: number; segments: ChartSegment[]; label: string | null };
export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; y: number }[];
  bars: ChartBar[];
};

const WIDTH = 960;
const HEIGHT = 280;
const PLOT = { left: 44, right: WIDTH - 8, top: 12, bottom: HEIGHT - 36 };

/** Bars for each day, stacked in series order; zero values leave no segment. A date label on every k-th bar (`dd.mm`). */
export function chartLayout(days: readonly DashboardDay[]): ChartLayout {
  const totals = days.map((day) => chartSeries.reduce((sum, s) => sum + day[s.key], 0));
  const top = niceCeiling(Math.max(0, ...totals));
  const scale = (PLOT.bottom - PLOT.top) / top;
  const step = days.length === 0 ? 0 : (PLOT.right - PLOT.left) / days.length;
  const barWidth = Math.max(1, step * 0.7);
  const labelEvery = Math.max(1, Math.ceil(days.length / 12));
  const tickStep = top <= 5 ? 1 : top / 5;
  const ticks = [];
  for (let value = 0; value <= top; value += tickStep) ticks.push({ value, y: PLOT.bottom - value * scale });
  const bars = days.map((day, index) => {
    let base = PLOT.bottom;
    const segments: ChartSegment[] = [];
    for (const s of chartSeries) {
      const value = day[s.key];
      if (value <= 0) continue;
      const height = value * scale;
      base -= height;
      segments.push({ key: s.key, value, y: base, height, colour: s.colour });
    }
    const label = index % labelEvery === 0 ? `${day.date.slice(8, 10)}.${day.date.slice(5, 7)}` : null;
    return { date: day.date, x: PLOT.left + index * step + (step - barWidth) / 2, width: barWidth, total: totals[index] ?? 0, segments, label };
  });
  return { width: WIDTH, height: HEIGHT, plot: PLOT, ticks, bars };
}
