// One function per courts route (issue 14). All go through the shared client:
// the language on screen, the CSRF token, ApiError { code, message, details }
// with the server's message in the user's language.
import { http } from './api.ts';
import type {
  CabinetNotificationsResponse, CaseCourseBody, CourtCaseView, CourtsReference, CreatePowerOfAttorneyBody, DispatchReceipt, FilingCard, FilingCreateBody, FilingDraft, FilingDuty, FilingSigning,
  FilingUpdateBody, FilingWarningsView, IncomingResponse, MyFilingsResponse, PowerOfAttorneyView, RefuseFilingBody, RefuseFilingResponse,
  RegisterFilingBody, RegisterFilingResponse, RegistrationCard, MarkNotificationReadResponse, SupplementSigning,
} from './courts-types.ts';
import type { DocumentChallenge } from './signing-types.ts';

const id = (value: string) => encodeURIComponent(value);

type DutyPaymentResult = { payment: FilingDuty['payments'][number]; duty: FilingDuty };

export const courtsApi = {
  reference: () => http.get<CourtsReference>('/api/courts'),
  // The draft (FILE-2, FILE-5).
  createFiling: (body: FilingCreateBody) => http.post<FilingDraft>('/api/filings', body),
  draft: (filingId: string) => http.get<FilingDraft>(`/api/filings/${id(filingId)}/draft`),
  updateFiling: (filingId: string, body: FilingUpdateBody) => http.put<FilingDraft>(`/api/filings/${id(filingId)}`, body),
  uploadAttachment: (filingId: string, position: number, file: File) => {
    const form = new FormData();
    form.append('position', String(position));
    form.append('file', file, file.name);
    return http.postForm<FilingDraft>(`/api/filings/${id(filingId)}/attachments`, form);
  },
  /** FILE-8: a document added to a registered filing. */
  uploadSupplement: (filingId: string, title: string, file: File) => {
    const form = new FormData();
    form.append('supplement', 'true');
    form.append('title', title);
    form.append('file', file, file.name);
    return http.postForm<FilingDraft>(`/api/filings/${id(filingId)}/attachments`, form);
  },
  /** FILE-8: takes an unsent supplement off a registered filing. */
  removeSupplement: (filingId: string, position: number) => http.request<FilingDraft>('DELETE', `/api/filings/${id(filingId)}/attachments/${position}`),
  /** FILE-8: the manifest of the supplements not sent yet, to sign in the signing dialog. */
  startSupplementSigning: (filingId: string) => http.post<SupplementSigning>(`/api/filings/${id(filingId)}/supplements/signing`, {}),
  warnings: (filingId: string) => http.get<FilingWarningsView>(`/api/filings/${id(filingId)}/warnings`),
  // State duty (FILE-4).
  duty: (filingId: string) => http.get<FilingDuty>(`/api/filings/${id(filingId)}/duty`),
  payOnline: (filingId: string, amountTiyn?: number) =>
    http.post<{ dutyPaymentId: string; redirectUrl: string; amountTiyn: number }>(`/api/filings/${id(filingId)}/duty/online`,
      amountTiyn === undefined ? {} : { amountTiyn }),
  confirmOnline: (filingId: string, dutyPaymentId: string) =>
    http.post<DutyPaymentResult>(`/api/filings/${id(filingId)}/duty/online/${id(dutyPaymentId)}/confirm`, {}),
  payByReceipt: (filingId: string, receiptCode: string, scan: File) => {
    const form = new FormData();
    form.append('receiptCode', receiptCode);
    form.append('file', scan, scan.name);
    return http.postForm<DutyPaymentResult>(`/api/filings/${id(filingId)}/duty/receipt`, form);
  },
  dutyReceiptUrl: (filingId: string, dutyPaymentId: string) => `/api/filings/${id(filingId)}/duty/payments/${id(dutyPaymentId)}/receipt`,
  attachmentUrl: (filingId: string, position: number) => `/api/filings/${id(filingId)}/attachments/${position}`,
  // Signing and dispatch (FILE-6, FILE-7).
  startSigning: (filingId: string) => http.post<FilingSigning>(`/api/filings/${id(filingId)}/signing`, {}),
  receipt: (filingId: string) => http.get<DispatchReceipt>(`/api/filings/${id(filingId)}/receipt`),
  receiptPdfUrl: (filingId: string, lang: 'kk' | 'ru') => `/api/filings/${id(filingId)}/receipt.pdf?lang=${lang}`,
  myFilings: () => http.get<MyFilingsResponse>('/api/my/filings'),
  filing: (filingId: string) => http.get<FilingCard>(`/api/filings/${id(filingId)}`),
  // The court office (FILE-11, FILE-12).
  incoming: () => http.get<IncomingResponse>('/api/court-office/incoming'),
  registrationCard: (filingId: string) => http.get<RegistrationCard>(`/api/court-office/filings/${id(filingId)}`),
  register: (filingId: string, body: RegisterFilingBody) =>
    http.post<RegisterFilingResponse>(`/api/court-office/filings/${id(filingId)}/register`, body),
  refuse: (filingId: string, body: RefuseFilingBody) =>
    http.post<RefuseFilingResponse>(`/api/court-office/filings/${id(filingId)}/refuse`, body),
  courtCase: (caseId: string) => http.get<CourtCaseView>(`/api/court-cases/${id(caseId)}`),
  /** Issue 15: the judge of the case moves it (accept, hearing, suspend, …); the updated case. */
  moveCase: (caseId: string, body: CaseCourseBody) => http.post<CourtCaseView>(`/api/court-cases/${id(caseId)}/course`, body),
  // Powers of attorney (FILE-9).
  powersIssued: () => http.get<{ items: PowerOfAttorneyView[] }>('/api/powers-of-attorney'),
  powersTrusted: () => http.get<{ items: PowerOfAttorneyView[] }>('/api/powers-of-attorney/trusted'),
  createPower: (body: CreatePowerOfAttorneyBody) => http.post<PowerOfAttorneyView>('/api/powers-of-attorney', body),
  startPowerSigning: (poaId: string) => http.post<DocumentChallenge>(`/api/powers-of-attorney/${id(poaId)}/signing`, {}),
  revokePower: (poaId: string, version: number) =>
    http.post<PowerOfAttorneyView>(`/api/powers-of-attorney/${id(poaId)}/revoke`, { version }),
  // The cabinet's notices (ISSUE-14 item 8, X-4).
  notifications: () => http.get<CabinetNotificationsResponse>('/api/my/notifications'),
  markNotificationRead: (notificationId: string) => http.post<MarkNotificationReadResponse>(`/api/my/notifications/${id(notificationId)}/read`, {}),
};
