// Shapes of docs/api.md, the contract this app is written against: `z.infer`
// of the routes' schemas in @oryndau/contracts, lists from the domain (issue 11 item 12).
import type {
  ConsistencyProof, HomeQueue, InclusionProof, JournalEntry, JournalPage, JournalQuery, MyView, Organisation, OutgoingMessage, Session,
  SignedTreeHead, User,
} from '@oryndau/contracts';
import { ROLES } from '@oryndau/domain';
import type { Role } from '@oryndau/domain';

export type {
  ConsistencyProof, HomeQueue as Queue, InclusionProof, JournalEntry, JournalPage, JournalQuery, MyView, Organisation, OutgoingMessage, Role,
  Session, SignedTreeHead, User,
};

/** GET /api/journal/my-views (ENP-11). */
export type MyViewsPage = { entries: MyView[]; nextBefore: number | null };
/** Its query as the web sends it. */
export type MyViewsQuery = { before?: number; limit?: number };

export const roles = ROLES;
