// Shapes of docs/api.md, the contract this app is written against: `z.infer`
// of the routes' schemas in @oryndau/contracts, lists from the domain (issue 11 item 12).
import type { HomeQueue, Organisation, OutgoingMessage, Session, User, JournalEntry, JournalPage, JournalQuery } from '@oryndau/contracts';
import { ROLES } from '@oryndau/domain';
import type { Role } from '@oryndau/domain';

export type { HomeQueue as Queue, JournalEntry, JournalPage, JournalQuery, Organisation, OutgoingMessage, Role, Session, User };

export const roles = ROLES;
