// FILE-16 (issue 15 item 3): the writs of a court case. Shapes are `z.infer`
// of @oryndau/contracts (courts-writs.ts); signing goes through the common routes.
import type { CourtWritsView, PrepareWritBody } from '@oryndau/contracts';
import { http } from './api.ts';

export type { CourtWritView, CourtWritsView, PrepareWritBody } from '@oryndau/contracts';

const id = (value: string) => encodeURIComponent(value);

export const writsApi = {
  ofCase: (caseId: string) => http.get<CourtWritsView>(`/api/court-cases/${id(caseId)}/writs`),
  prepare: (caseId: string, body: PrepareWritBody) => http.post<{ writId: string }>(`/api/court-cases/${id(caseId)}/writs`, body),
};
