import type { IsoDate } from '../localized';

// Calendar arithmetic in UTC on `YYYY-MM-DD` strings, so simulator data is
// the same in every time zone (tests run with TZ=UTC, dev machines may not).
// Adding days is @oryndau/kz's addDays; these are the simulators' extras.

export function isoDate(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
