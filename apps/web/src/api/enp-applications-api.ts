// ЭНП online applications (issue 16 item 5, ENP-7, ENP-9): the applicant's
// calls (the portal's «apply» page, under the cabinet session) and the court
// staff's queue. The shapes are `z.infer` of @oryndau/contracts'
// enp-applications.ts.
import type { EnpApplicationBody, EnpApplicationView, EnpEasdCaseResponse, EnpRefuseBody, EnpStaffAccessEvent } from '@oryndau/contracts';
import type { DocumentChallenge } from './signing-types.ts';
import { http } from './api.ts';

export type { EnpApplicationBody, EnpApplicationView, EnpEasdCaseResponse, EnpRefuseBody, EnpStaffAccessEvent } from '@oryndau/contracts';
export type EnpRefusalReason = { code: string; name: { kk: string; ru: string } };

const id = (value: string) => encodeURIComponent(value);

export const enpApplicationsApi = {
  create: (body: EnpApplicationBody) => http.post<EnpApplicationView>('/api/enp/applications', body),
  attach: (applicationId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.postForm<EnpApplicationView>(`/api/enp/applications/${id(applicationId)}/files`, form);
  },
  startSigning: (applicationId: string) => http.post<DocumentChallenge>(`/api/enp/applications/${id(applicationId)}/signing`),
  mine: () => http.get<{ items: EnpApplicationView[] }>('/api/enp/applications'),
  one: (applicationId: string) => http.get<EnpApplicationView>(`/api/enp/applications/${id(applicationId)}`),
  /** An attached document: a plain link (the cookie session), the browser downloads it. */
  fileUrl: (applicationId: string, position: number) => `/api/enp/applications/${id(applicationId)}/files/${position}`,

  refusalReasons: () => http.get<{ items: EnpRefusalReason[] }>('/api/enp/refusal-reasons'),
  queue: (decided: boolean) => http.get<{ items: EnpApplicationView[] }>('/api/enp/office/applications', decided ? { decided: 'true' } : {}),
  officeOne: (applicationId: string) => http.get<EnpApplicationView>(`/api/enp/office/applications/${id(applicationId)}`),
  approve: (applicationId: string, version: number) =>
    http.post<EnpApplicationView>(`/api/enp/office/applications/${id(applicationId)}/approve`, { version }),
  refuse: (applicationId: string, body: EnpRefuseBody) =>
    http.post<EnpApplicationView>(`/api/enp/office/applications/${id(applicationId)}/refuse`, body),

  /** ENP-10, ENP-11: an ЭАСД case of the court's archive and who looked at it through ЭНП. */
  easdCase: (archiveId: string) => http.get<EnpEasdCaseResponse>(`/api/enp/office/easd/${id(archiveId)}`),
  easdHistory: (archiveId: string) => http.get<{ items: EnpStaffAccessEvent[] }>(`/api/enp/office/easd/${id(archiveId)}/access-history`),
};
