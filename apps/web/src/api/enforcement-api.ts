// One function per endpoint of docs/api.md "Enforcement proceedings". All go
// through the shared client, so they carry the language on screen and the
// CSRF token, and fail with ApiError { code, message, details }.
import { http } from './api.ts';
import type {
  Act, ActRequest, ApprovalItem, CardCreated, CardInput, ProceedingCard, ProceedingPage, ProceedingQuery, QueueCount, ReassignCandidate,
  Reference, Template, TemplateInput,
} from './enforcement-types.ts';

const id = (value: string) => encodeURIComponent(value);

export const enforcementApi = {
  reference: () => http.get<Reference>('/api/enforcement/reference'),
  queues: () => http.get<{ queues: QueueCount[] }>('/api/enforcement/queues'),
  proceedings: (query: ProceedingQuery) => http.get<ProceedingPage>('/api/enforcement/proceedings', query),
  register: (input: CardInput) => http.post<CardCreated>('/api/enforcement/executive-documents', input),
  card: (proceedingId: string) => http.get<ProceedingCard>(`/api/enforcement/proceedings/${id(proceedingId)}`),
  /** «Сформировать и перейти»: renders the act's PDF, ready to sign. */
  createAct: (proceedingId: string, body: ActRequest) =>
    http.post<Act>(`/api/enforcement/proceedings/${id(proceedingId)}/acts`, body),
  /** ISSUE-13 item 8: throw an unsigned draft away (journalled). */
  discardAct: (actId: string) => http.post<{ ok: true; proceedingId: string }>(`/api/enforcement/acts/${id(actId)}/discard`),
  /** ISSUE-13 item 8: a stale draft rendered again from the card as it is now (the old one is discarded). */
  regenerateAct: (actId: string) => http.post<Act>(`/api/enforcement/acts/${id(actId)}/regenerate`),
  returnAct: (actId: string, reason: string) => http.post<{ ok: true }>(`/api/enforcement/acts/${id(actId)}/return`, { reason }),
  approvals: () => http.get<{ items: ApprovalItem[] }>('/api/enforcement/approvals'),
  candidates: (proceedingId: string) =>
    http.get<{ candidates: ReassignCandidate[] }>(`/api/enforcement/proceedings/${id(proceedingId)}/candidates`),
  reassign: (proceedingId: string, bailiffId: string, reason: string) =>
    http.post<ProceedingCard>(`/api/enforcement/proceedings/${id(proceedingId)}/reassign`, { bailiffId, reason }),
  sendRequest: (requestId: string) => http.post<{ ok: true }>(`/api/enforcement/requests/${id(requestId)}/send`),
  templates: () => http.get<{ templates: Template[] }>('/api/enforcement/templates'),
  saveTemplate: (code: string, input: TemplateInput) => http.put<Template>(`/api/enforcement/templates/${id(code)}`, input),
};

/** The exact bytes of a document (the PDF of an act), opened in a new tab. */
/** A person's reading copy: an unsigned act comes as its draft rendering (ISSUE-13 item 1); signing fetches the exact bytes (api.documentContent). */
export const documentContentUrl = (documentId: string) => `/api/documents/${id(documentId)}/content?for=reading`;
