// ЭНП, the court office's side (issue 16): one function per route; the shapes
// are `z.infer` of @oryndau/contracts' enp.ts.
import type { EnpAccess, EnpIssueAccessBody, EnpMatrixBody, EnpMatrixResponse, EnpStaffAccessEvent, EnpStaffDocument } from '@oryndau/contracts';
import { http } from './api.ts';

export type { EnpAccess, EnpIssueAccessBody, EnpMatrixBody, EnpMatrixResponse, EnpStaffAccessEvent, EnpStaffDocument } from '@oryndau/contracts';
export type EnpIssued = { accessId: string; password: string; cardPdf: string; replaced: boolean };

const id = (value: string) => encodeURIComponent(value);
const office = (caseId: string) => `/api/enp/office/cases/${id(caseId)}`;

export const enpApi = {
  issue: (caseId: string, body: EnpIssueAccessBody) => http.post<EnpIssued>(`${office(caseId)}/accesses`, body),
  accesses: (caseId: string) => http.get<{ items: EnpAccess[] }>(`${office(caseId)}/accesses`),
  documents: (caseId: string) => http.get<{ items: EnpStaffDocument[] }>(`${office(caseId)}/documents`),
  setBlock: (caseId: string, documentId: string, blocked: boolean, reason: string) =>
    http.post<{ items: EnpStaffDocument[] }>(`${office(caseId)}/documents/${id(documentId)}/${blocked ? 'block' : 'unblock'}`, { reason }),
  history: (caseId: string) => http.get<{ items: EnpStaffAccessEvent[] }>(`${office(caseId)}/access-history`),
};

/** ENP-6: the visibility matrix in force, and a new version saved against the one loaded (409 when someone saved first). */
export const enpMatrixApi = {
  get: () => http.get<EnpMatrixResponse>('/api/enp/matrix'),
  save: (body: EnpMatrixBody) => http.put<EnpMatrixResponse>('/api/enp/matrix', body),
};
