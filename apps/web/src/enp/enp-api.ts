import type { z } from 'zod';
import type { enpAccessHistoryResponse, enpCaseResponse, enpSignInResponse, EnpCourtsResponse, EnpSampleId } from '@oryndau/contracts';
import { http } from '../api/api.ts';
import { ApiError } from '../api/http-client.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

// The portal's calls (issue 16, ENP-3, ENP-4, ENP-11). The ЭНП session is an
// httpOnly cookie the server sets at sign-in; nothing here stores it.

export type EnpCase = z.infer<typeof enpCaseResponse>;
export type EnpAccessHistory = z.infer<typeof enpAccessHistoryResponse>;
export type EnpSignIn = z.infer<typeof enpSignInResponse>;

export const enpApi = {
  courts: () => http.get<EnpCourtsResponse>('/api/enp/courts'),
  /** A wrong IIN or password is a 401 here, an expected answer — not an expired staff session. */
  signIn: (iin: string, password: string) => http.post<EnpSignIn>('/api/enp/sign-in', { iin, password }, { expectUnauthorized: true }),
  /** 204 on success: the shared client wants JSON for a 2xx, so its "no body" answer is success here. */
  signOut: () => http.post<unknown>('/api/enp/sign-out', {}, { expectUnauthorized: true }).then(() => undefined, (error: unknown) => {
    if (error instanceof ApiError && error.status >= 200 && error.status < 300) return undefined;
    throw error;
  }),
  case: () => http.get<EnpCase>('/api/enp/case'),
  accessHistory: () => http.get<EnpAccessHistory>('/api/enp/case/access-history'),
};

/** The sample's PDF: a plain link, the browser downloads it. */
export function enpSampleUrl(sample: EnpSampleId, language: UiLanguage): string {
  return `/api/enp/samples/${sample}/${language}`;
}
