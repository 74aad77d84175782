import { http } from '../api/api.ts';
import { withQuery } from '../api/http-client.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { Dashboard, DebtorView } from './simplified-types.ts';

const publicBase = (token: string) => `/api/public/simplified/${encodeURIComponent(token)}`;

/** SIMP-3, SIMP-4, SIMP-6: the debtor's page. The link token is the only credential; no session. */
export const debtorApi = {
  view: (token: string) => http.get<DebtorView>(publicBase(token)),
  pay: (token: string) => http.post<{ redirectUrl: string }>(`${publicBase(token)}/pay`, {}),
  disagree: (token: string) => http.post<DebtorView>(`${publicBase(token)}/disagree`, { confirm: true }),
};

export type DayRange = { from: string; to: string };

/** The pilot's figures (admin, senior bailiff). */
export const dashboardApi = {
  load: (range: DayRange) => http.get<Dashboard>('/api/simplified/dashboard', range),
};

/** The CSV export is a plain link: the browser downloads it with the session cookie. */
export function dashboardCsvUrl(range: DayRange, language: UiLanguage): string {
  return withQuery('/api/simplified/dashboard.csv', { from: range.from, to: range.to, lang: language });
}
