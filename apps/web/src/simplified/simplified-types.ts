// The simplified-proceedings API as the web sees it: `z.infer` of the routes'
// schemas in @oryndau/contracts (debtor's page, pilot dashboard), issue 11 item 12.
import type { Localized } from '@oryndau/contracts';

export type {
  Dashboard, DashboardCounts, DashboardDay, DebtorView, PaymentState, SimplifiedDocument, SimplifiedDocumentKind, SimplifiedOutcome,
  SimplifiedStatus,
} from '@oryndau/contracts';

export type LocalizedText = Localized;
