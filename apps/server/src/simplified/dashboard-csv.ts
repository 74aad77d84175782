import type { Locale, LocalizedText } from '@oryndau/kz';
import { DASHBOARD_COUNTS, type DashboardCount } from '@oryndau/contracts';
import type { Dashboard } from './dashboard';

// The dashboard as a spreadsheet for the ministry: Excel in a Kazakh or
// Russian locale opens a CSV by double-click only with a BOM (else it reads
// ANSI) and ';' as the separator (',' is the decimal comma there).

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

export const DASHBOARD_CSV_HEADER: Readonly<Record<'date' | DashboardCount, LocalizedText>> = {
  date: { kk: 'Күні', ru: 'Дата' },
  received: { kk: 'Түсті', ru: 'Поступило' },
  initiated: { kk: 'Қозғалды', ru: 'Возбуждено' },
  terminated: { kk: 'Тоқтатылды (төленді)', ru: 'Прекращено (оплачено)' },
  cancelledExpired: { kk: 'Күші жойылды (мерзімі өтті)', ru: 'Отменено (истёк срок)' },
  cancelledDisagreed: { kk: 'Күші жойылды (келіспеді)', ru: 'Отменено (несогласие)' },
  ordinary: { kk: 'Жалпы тәртіппен', ru: 'В общем порядке' },
};

export const DASHBOARD_CSV_TOTAL: LocalizedText = { kk: 'Барлығы', ru: 'Итого' };

export function dashboardCsvFilename(dashboard: Pick<Dashboard, 'from' | 'to'>): string {
  return `simplified-pilot-${dashboard.from}-${dashboard.to}.csv`;
}

/** One row per day, then the totals row. */
export function dashboardCsv(dashboard: Dashboard, locale: Locale): string {
  const header = [DASHBOARD_CSV_HEADER.date[locale], ...DASHBOARD_COUNTS.map((c) => DASHBOARD_CSV_HEADER[c][locale])];
  const rows = [
    header,
    ...dashboard.days.map((day) => [day.date, ...DASHBOARD_COUNTS.map((c) => String(day[c]))]),
    [DASHBOARD_CSV_TOTAL[locale], ...DASHBOARD_COUNTS.map((c) => String(dashboard.totals[c]))],
  ];
  return BOM + rows.map((row) => row.map(cell).join(SEPARATOR)).join(NEWLINE) + NEWLINE;
}

/** Quotes a cell only when it must (separator, quote or line break), doubling inner quotes. */
function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
