import type { IsoDate, IsoInstant, LocalizedText } from '../localized';

// ЕРАП — the unified register of administrative proceedings. Unpaid fines
// come from here for compulsory collection (SIMP-1), and the enforcement
// side reports back what it did with each of them (SIMP-4..6).

export const ERAP_FINE_STATUSES = [
  /** A simplified proceeding was initiated on the fine (SIMP-2). */
  'initiated',
  /** The debtor paid the fine in full. */
  'paid',
  /** The proceeding was terminated, e.g. after payment within 5 days (SIMP-4). */
  'terminated',
  /** The initiation was cancelled: unpaid after 5 days or the debtor disagreed (SIMP-5, SIMP-6). */
  'cancelled',
  /** The executive document went to automatic distribution to a bailiff (ENF-12). */
  'distributed',
] as const;

export type ErapFineStatus = (typeof ERAP_FINE_STATUSES)[number];

export interface ErapOffender {
  readonly iin: string;
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string | null;
}

/** Article of the Code of Administrative Offences (КоАП РК). */
export interface ErapArticle {
  readonly number: string;
  readonly part: string | null;
  readonly title: LocalizedText;
}

export interface ErapFine {
  readonly fineId: string;
  readonly protocolNumber: string;
  readonly offender: ErapOffender;
  readonly article: ErapArticle;
  /** Integer tiyn: MRP count × the MRP in force on the day the case was opened × 100. */
  readonly amountTiyn: number;
  readonly mrpCount: number;
  readonly caseOpenedOn: IsoDate;
  readonly enteredIntoForceOn: IsoDate;
  /** KATO id of the region or city where the fine was imposed (@oryndau/kz `REGIONS`), e.g. `310000000`. */
  readonly regionCode: string;
  readonly region: LocalizedText;
  /** The body that imposed the fine (issuing body on the executive document card). */
  readonly issuingBody: LocalizedText;
}

export interface ErapFinePage {
  readonly fines: readonly ErapFine[];
  /** Pass back to get the fines after these; store it only after the page is persisted. */
  readonly cursor: string;
  readonly hasMore: boolean;
}

export interface ErapStatusUpdate {
  /** Idempotency key (the outbox message id): a repeated delivery is accepted once. */
  readonly eventId: string;
  readonly fineId: string;
  readonly status: ErapFineStatus;
  readonly at: IsoInstant;
  readonly proceedingNumber?: string;
  readonly note?: string;
}

export interface ErapStatusReceipt {
  readonly fineId: string;
  readonly eventId: string;
  readonly receivedAt: IsoInstant;
  /** True when this eventId had been received before. */
  readonly duplicate: boolean;
}

export interface ErapFineRecord extends ErapFine {
  readonly statuses: readonly { readonly status: ErapFineStatus; readonly at: IsoInstant; readonly proceedingNumber: string | null }[];
}

export interface ErapPort {
  /** New fines for compulsory collection after `cursor` (from the start when omitted). */
  pullFines(params?: { cursor?: string; limit?: number }): Promise<ErapFinePage>;
  /** Throws AdapterError `not_found` for an unknown fine. */
  getFine(fineId: string): Promise<ErapFineRecord>;
  /** Throws `not_found` for an unknown fine, `rejected` for an invalid update. */
  pushStatus(update: ErapStatusUpdate): Promise<ErapStatusReceipt>;
}
