// The court's electronic archive (issue 15 items 4-5, FILE-17): one function
// per route, the shapes `z.infer` of @oryndau/contracts' courts-archive.ts.
import type { ArchiveQueue, ArchiveVerification, CaseArchiveView } from '@oryndau/contracts';
import { http } from './api.ts';

export type { ArchiveQueue, ArchiveVerification, CaseArchiveView } from '@oryndau/contracts';

const id = (value: string) => encodeURIComponent(value);

export const archiveApi = {
  queue: () => http.get<ArchiveQueue>('/api/court-archive/queue'),
  caseArchive: (caseId: string) => http.get<CaseArchiveView>(`/api/court-cases/${id(caseId)}/archive`),
  prepareInventory: (caseId: string, version: number | null) =>
    http.post<{ archive: CaseArchiveView; documentId: string }>(`/api/court-cases/${id(caseId)}/archive/inventory`, { version }),
  verification: (caseId: string) => http.get<ArchiveVerification>(`/api/court-cases/${id(caseId)}/archive/verification`),
};
