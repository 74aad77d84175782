// Issue 17 (LIC-1…LIC-8): the e-licensing calls — the applicant's
// («Менің өтініштерім»), the licensing officer's (review, register,
// dashboard) and the public verification. The shapes are `z.infer` of
// @oryndau/contracts' licensing.ts.
import type { z } from 'zod';
import type {
  LicensingApplicationBody, LicensingStaffApplicationBody, RegisterActBody, RegisterSearchQuery, licenceSchema, licenceVerificationSchema, licensingApplicationSchema,
  licensingPaymentResponse, licensingReferenceResponse, licensingReviewSchema, surveyDashboardResponse,
} from '@oryndau/contracts';
import type { DocumentChallenge } from './signing-types.ts';
import { http } from './api.ts';
import { ApiError } from './http-client.ts';

export type { LicensingApplicationBody, LicensingStaffApplicationBody, RegisterActBody, RegisterSearchQuery } from '@oryndau/contracts';
export type LicensingApplication = z.infer<typeof licensingApplicationSchema>;
export type LicensingReview = z.infer<typeof licensingReviewSchema>;
export type LicensingReference = z.infer<typeof licensingReferenceResponse>;
export type LicensingPayment = z.infer<typeof licensingPaymentResponse>;
export type Licence = z.infer<typeof licenceSchema>;
export type LicenceVerification = z.infer<typeof licenceVerificationSchema>;
export type LicensingDashboard = z.infer<typeof surveyDashboardResponse>;

const id = (value: string) => encodeURIComponent(value);
const app = (applicationId: string) => `/api/licensing/applications/${id(applicationId)}`;
const office = (applicationId: string) => `/api/licensing/office/applications/${id(applicationId)}`;

/** A 204 answer has no JSON body; the client reads that as an unexpected answer, which here it is not. */
const noContent = (call: Promise<unknown>): Promise<null> => call.then(() => null, (error: unknown) => {
  if (error instanceof ApiError && error.status === 204) return null;
  throw error;
});

function searchQuery(query: RegisterSearchQuery): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
}

export const licensingApi = {
  reference: () => http.get<LicensingReference>('/api/licensing/reference'),
  mine: () => http.get<{ items: LicensingApplication[] }>('/api/licensing/applications'),
  one: (applicationId: string) => http.get<LicensingApplication>(app(applicationId)),
  create: (body: LicensingApplicationBody) => http.post<LicensingApplication>('/api/licensing/applications', body),
  attach: (applicationId: string, code: string, file: File, paper = false) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.postForm<LicensingApplication>(`${app(applicationId)}/documents?code=${id(code)}${paper ? '&paper=true' : ''}`, form);
  },
  documentUrl: (applicationId: string, position: number) => `${app(applicationId)}/documents/${position}`,
  pay: (applicationId: string) => http.post<LicensingPayment>(`${app(applicationId)}/payment`),
  checkPayment: (applicationId: string) => http.post<LicensingApplication>(`${app(applicationId)}/payment/check`),
  startSigning: (applicationId: string) => http.post<DocumentChallenge>(`${app(applicationId)}/signing`),
  resubmit: (applicationId: string, version: number) => http.post<LicensingApplication>(`${app(applicationId)}/resubmit`, { version }),
  resultUrl: (applicationId: string, lang: 'kk' | 'ru') => `${app(applicationId)}/result.pdf?lang=${lang}`,
  survey: (applicationId: string, answers: { process: number; information: number }) => noContent(http.post(`${app(applicationId)}/survey`, answers)),

  // LIC-3 (seed §7): the staff channel — the employee enters the applicant (ГБД ФЛ asked), then registers the paper application.
  enterStaff: (body: LicensingStaffApplicationBody) => http.post<LicensingApplication>('/api/licensing/staff/applications', body),
  registerStaff: (applicationId: string, version: number) =>
    http.post<LicensingApplication>(`/api/licensing/staff/applications/${id(applicationId)}/register`, { version }),
  queue: (overdue: boolean) => http.get<{ items: LicensingApplication[] }>('/api/licensing/applications', overdue ? { overdue: 'true' } : {}),
  review: (applicationId: string) => http.get<LicensingReview>(office(applicationId)),
  saveChecklist: (applicationId: string, version: number, checklist: Record<string, boolean>) =>
    http.put<LicensingReview>(`${office(applicationId)}/checklist`, { version, checklist }),
  refuse: (applicationId: string, version: number, reasons: string[], text: string | null) =>
    http.post<LicensingApplication>(`${office(applicationId)}/refuse`, { version, reasons, text }),
  returnForCorrection: (applicationId: string, version: number, text: string) =>
    http.post<LicensingApplication>(`${office(applicationId)}/return`, { version, text }),
  startLicenceSigning: (applicationId: string, version: number) => http.post<DocumentChallenge>(`${office(applicationId)}/licence/signing`, { version }),

  register: (query: RegisterSearchQuery) => http.get<{ items: Licence[] }>('/api/licensing/register', searchQuery(query)),
  exportUrl: (query: RegisterSearchQuery, format: 'csv' | 'xlsx') =>
    `/api/licensing/register/export?${new URLSearchParams({ ...searchQuery(query), format }).toString()}`,
  startRegisterAct: (licenceId: string, body: RegisterActBody) => http.post<DocumentChallenge>(`/api/licensing/register/${id(licenceId)}/acts`, body),
  dashboard: () => http.get<LicensingDashboard>('/api/licensing/dashboard'),

  verify: (number: string) => http.get<LicenceVerification>(`/api/licensing/verify/${id(number)}`),
};
