// Shapes of the courts' routes (issue 14): `z.infer` of their schemas in
// @oryndau/contracts (courts-filing.ts, courts-dispatch.ts, courts-office.ts,
// powers-of-attorney.ts). Kept in one file so a renamed schema changes one line.
export type {
  CourtReference, CourtsReference, DutyPaymentView, FilingCreateBody, FilingDuty, FilingPartyInput, FilingUpdateBody, FilingWarningsView,
} from '@oryndau/contracts';
export type {
  DispatchReceipt, FilingSigning, MyFiling, MyFilingsResponse, SupplementSigning,
} from '@oryndau/contracts';
export type {
  CaseCourseBody, CourtCaseView, IncomingFiling, IncomingResponse, RefuseFilingBody, RefuseFilingResponse, RegisterFilingBody, RegisterFilingResponse, RegistrationCard,
} from '@oryndau/contracts';
export type { CreatePowerOfAttorneyBody, PowerOfAttorneyView } from '@oryndau/contracts';
/** GET /api/my/notifications, POST /api/my/notifications/:id/read (ISSUE-14 item 8, X-4). */
export type { CabinetNotification, CabinetNotificationsResponse, MarkNotificationReadResponse } from '@oryndau/contracts';
/** GET /api/filings/:id/draft, POST /api/filings, PUT /api/filings/:id: the filing as its form edits it. */
export type { FilingDraft } from '@oryndau/contracts';
/** GET /api/filings/:id: the filing's card (status, files, payments, "not received" attempts, the course of its case). */
export type { FilingView as FilingCard } from '@oryndau/contracts';
