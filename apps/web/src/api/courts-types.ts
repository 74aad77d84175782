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
// which the package's index cannot re-export twice: read each from its own module.
export type { FilingView as FilingDraft } from '../../../../packages/contracts/src/courts-filing.ts';
export type { FilingView as FilingCard } from '../../../../packages/contracts/src/courts-dispatch.ts';
