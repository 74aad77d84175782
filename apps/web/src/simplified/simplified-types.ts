// The simplified-proceedings API as the web sees it (/tmp/contracts/simplified-api.md).

export type LocalizedText = { kk: string; ru: string };

export type SimplifiedStatus = 'initiated' | 'terminated' | 'cancelled' | 'ordinary';
export type SimplifiedOutcome = 'paid' | 'expired' | 'disagreed';
export type PaymentState = 'none' | 'pending' | 'paid';
export type SimplifiedDocumentKind = 'simp.initiation' | 'simp.termination' | 'simp.cancellation';

export type SimplifiedDocument = {
  kind: SimplifiedDocumentKind;
  documentId: string;
  title: LocalizedText;
  /** The PDF (attachment) behind the link token. */
  url: string;
  /** The public signature check, /verify/<id>. */
  verifyUrl: string;
};

/** What the debtor's page (/s/<token>) shows; money in integer tiyn, days as ISO yyyy-mm-dd. */
export type DebtorView = {
  caseId: string;
  erapFineId: string;
  status: SimplifiedStatus;
  statusText: LocalizedText;
  outcome: SimplifiedOutcome | null;
  debtorName: string;
  debtorIinMasked: string;
  amountTiyn: number;
  paidTiyn: number;
  dueTiyn: number;
  decision: { number: string; date: string; article: string; issuingBody: string };
  caseOpenedOn: string;
  lastDay: string;
  /** The first instant too late to pay. */
  expiresAt: string;
  /** The server's clock when it answered: time left is measured on it, not on the phone's. */
  serverNow: string;
  zone: string;
  documents: SimplifiedDocument[];
  actions: { pay: boolean; disagree: boolean };
  paymentState: PaymentState;
  proceeding: { registrationNumber: string } | null;
};

export type DashboardCounts = {
  received: number;
  initiated: number;
  terminated: number;
  cancelledExpired: number;
  cancelledDisagreed: number;
  ordinary: number;
};

export type DashboardDay = DashboardCounts & { date: string };

export type Dashboard = {
  from: string;
  to: string;
  zone: string;
  days: DashboardDay[];
  totals: DashboardCounts & {
    /** terminated / (terminated + cancelled) among cases closed in the range, 0..1. */
    paidInTimeShare: number | null;
    medianTimeToPaySeconds: number | null;
    /** Initiated and still open now. */
    pending: number;
  };
};
