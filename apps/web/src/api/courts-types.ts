// Shapes of the courts' routes (issue 14): `z.infer` of their schemas in
// @oryndau/contracts (courts-filing.ts, courts-dispatch.ts, courts-office.ts,
// powers-of-attorney.ts). Kept in one file so a renamed schema changes one line.
export type {
  CourtReference, CourtsReference, DutyPaymentView, FilingCreateBody, FilingDuty, FilingPartyInput, FilingUpdateBody, FilingWarningsView,
} from '@oryndau/contracts';
export type {
  DispatchReceipt, FilingSigning, MyFiling, MyFilingsResponse,
} from '@oryndau/contracts';
export type {
  CourtCaseView, IncomingFiling, IncomingResponse, RefuseFilingBody, RefuseFilingResponse, RegisterFilingBody, RegisterFilingResponse, RegistrationCard,
} from '@oryndau/contracts';
export type { CreatePowerOfAttorneyBody, PowerOfAttorneyView } from '@oryndau/contracts';
// Both courts-filing.ts (the draft) and courts-dispatch.ts (the card) name their view `FilingView`,
// which the package's index cannot re-export twice (TS2308): until one is renamed, the two views
// are spelled here from their exported parts — the same fields as the schemas.
import type {
  DispatchReceipt as Receipt, FilingAttemptView, FilingDuty as Duty, FilingPartyInput as PartyInput, MyFiling as Line,
} from '@oryndau/contracts';
import type { courts } from '@oryndau/domain';

type Localized = { kk: string; ru: string };
type Person = { kind: courts.ApplicantKind; iinBin: string; name: string };
type StoredFile = { fileId: string; originalName: string; sizeBytes: number; sha256: string; kind: courts.AttachmentKind };
type AppendixItem = { position: number; title: string; file: StoredFile | null };

/** GET /api/filings/:id/draft, POST /api/filings, PUT /api/filings/:id (courts-filing.ts `filingViewSchema`). */
export type FilingDraft = {
  id: string; number: string | null; service: courts.FilingService; serviceName: Localized; status: courts.FilingStatus; statusName: Localized;
  version: number; court: { id: string; code: string; name: Localized }; instance: courts.Instance; form: courts.CaseForm; category: string | null;
  targetCase: { id: string; number: string } | null; applicant: Person; actingIin: string | null; principal: Person | null;
  powerOfAttorneyId: string | null; title: string; body: string; claimAmountTiyn: number | null; courtOrder: boolean;
  parties: PartyInput[]; appendix: AppendixItem[]; supplements: (AppendixItem & { sent: boolean })[]; duty: Duty;
  createdAt: string; updatedAt: string; receivedAt: string | null; registrationDay: string | null;
};

/** GET /api/filings/:id (courts-dispatch.ts `filingViewSchema`): the filing's card. */
export type FilingCard = {
  filing: Line & {
    version: number; form: string; formName: Localized; instance: string; instanceName: Localized; category: string | null;
    applicant: Person; principal: Person | null; body: string; claimAmountTiyn: number | null; dutyTiyn: number;
    parties: { category: string; categoryName: Localized; kind: courts.ApplicantKind; iinBin: string; name: string }[];
    appendix: string[]; receiptDate: string | null; manifestSha256: string | null;
  };
  attachments: { position: number; title: string; kind: string; kindName: Localized; sizeBytes: number; sha256: string; originalName: string }[];
  dutyPayments: { id: string; method: string; methodName: Localized; amountTiyn: number; status: string; statusName: Localized; paidAt: string | null; receiptCode: string | null }[];
  attempts: FilingAttemptView[];
  receipt: Receipt | null;
  caseEvents: { id: string; kind: string; kindName: Localized; occurredAt: string; localDate: string }[];
};
