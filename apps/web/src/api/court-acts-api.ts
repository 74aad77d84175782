// Issue 15 items 1-2 (FILE-14, FILE-15): the court acts' routes, through the
// shared client (language, CSRF, ApiError with the server's kk/ru message).
import type { CourtActView, CourtActsResponse, CreateCourtActBody, LegalForceMarkResponse, UpdateCourtActBody } from '@oryndau/contracts';
import { http } from './api.ts';

export type { CourtActView, CourtActsResponse, CreateCourtActBody, UpdateCourtActBody } from '@oryndau/contracts';

const id = (value: string) => encodeURIComponent(value);

export const courtActsApi = {
  ofCase: (caseId: string) => http.get<CourtActsResponse>(`/api/court-cases/${id(caseId)}/acts`),
  ofFiling: (filingId: string) => http.get<CourtActsResponse>(`/api/filings/${id(filingId)}/acts`),
  create: (caseId: string, body: CreateCourtActBody) => http.post<CourtActView>(`/api/court-cases/${id(caseId)}/acts`, body),
  update: (actId: string, body: UpdateCourtActBody) => http.put<CourtActView>(`/api/court-acts/${id(actId)}`, body),
  prepareLegalForce: (actId: string, absenceReason?: string) =>
    http.post<LegalForceMarkResponse>(`/api/court-acts/${id(actId)}/legal-force`, absenceReason === undefined ? {} : { absenceReason }),
};
