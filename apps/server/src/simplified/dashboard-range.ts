import { DASHBOARD_ZONE } from '@oryndau/contracts';
import { DomainError, ErrorCode } from '@oryndau/domain';
import { addDays, daysBetween, isIsoDate, localDateOf, type IsoDate } from '@oryndau/kz';

// The period of the pilot dashboard: calendar days in Almaty time (the
// ministry reports by the capital's day; Kazakhstan has been one zone, UTC+5,
// since 1 March 2024), `to` inclusive.

export const MAX_DASHBOARD_DAYS = 366;
export const DEFAULT_DASHBOARD_DAYS = 30;

export type DashboardRange = { readonly from: IsoDate; readonly to: IsoDate };

/**
 * The requested period, or a `validation` error (400). Without `to`: today
 * in Almaty; without `from`: the 30 days ending with `to`.
 */
export function dashboardRange(query: { from?: string | undefined; to?: string | undefined }, now: Date): DashboardRange {
  const bad = [query.from === undefined || isIsoDate(query.from) ? null : 'from', query.to === undefined || isIsoDate(query.to) ? null : 'to']
    .filter((f): f is string => f !== null);
  if (bad.length > 0) throw new DomainError(ErrorCode.validation, { fields: bad });
  const to = query.to ?? localDateOf(now, DASHBOARD_ZONE);
  const from = query.from ?? addDays(to, -(DEFAULT_DASHBOARD_DAYS - 1));
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw new DomainError(ErrorCode.validation, { fields: ['from', 'to'], rule: 'from_after_to' });
  if (days > MAX_DASHBOARD_DAYS) throw new DomainError(ErrorCode.validation, { fields: ['from', 'to'], rule: 'too_long', maxDays: MAX_DASHBOARD_DAYS });
  return { from, to };
}

/** Every day of the range, in order. */
export function daysOf(range: DashboardRange): IsoDate[] {
  const count = daysBetween(range.from, range.to) + 1;
  return Array.from({ length: count }, (_, i) => addDays(range.from, i));
}
