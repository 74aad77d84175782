import type { IsoDate, IsoInstant, LocalizedText } from '../localized';

// СО ААТЖ / ЕАИАС СО — the courts' information system. Electronic executive
// documents come from it to enforcement (our inbound route, not this port);
// this port reports back every status the document takes (ENF-11, FILE-16).

export const EXECUTIVE_DOCUMENT_STATUSES = [
  /** Received and registered; carries our registration number and date. */
  'registered',
  /** Refusal to initiate a proceeding. */
  'refused',
  /** Returned to the claimant without execution. */
  'returned',
  /** Sent to another territory. */
  'transferred',
  /** Taken for execution (proceeding initiated). */
  'taken_for_execution',
  'suspended',
  /** Execution completed (proceeding ended). */
  'completed',
] as const;

export type ExecutiveDocumentStatus = (typeof EXECUTIVE_DOCUMENT_STATUSES)[number];

export interface ExecutiveDocumentStatusUpdate {
  /** Idempotency key (the outbox message id): a repeated delivery is recorded once. */
  readonly eventId: string;
  /** The courts' id of the electronic executive document. */
  readonly documentId: string;
  readonly status: ExecutiveDocumentStatus;
  readonly at: IsoInstant;
  /** Required with `registered`. */
  readonly registrationNumber?: string;
  /** Required with `registered`. */
  readonly registrationDate?: IsoDate;
  /** Required with `refused` and `returned`: the ground, as written in the resolution. */
  readonly reason?: LocalizedText;
  readonly bailiffName?: string;
  readonly note?: string;
}

export interface CourtStatusReceipt {
  readonly documentId: string;
  readonly eventId: string;
  readonly receivedAt: IsoInstant;
  readonly duplicate: boolean;
}

export interface CourtSystemPort {
  /** Throws `rejected` when a required field for the status is missing. */
  pushExecutiveDocumentStatus(update: ExecutiveDocumentStatusUpdate): Promise<CourtStatusReceipt>;
}
