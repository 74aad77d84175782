// Shapes of docs/api.md, the contract this app is written against.
import type { UiLanguage } from '../i18n/ui-language.ts';

export const roles = [
  'state_bailiff', 'private_bailiff', 'senior_bailiff', 'court_office', 'judge',
  'court_secretary', 'court_chairman', 'licensing_officer', 'citizen', 'admin',
] as const;
export type Role = (typeof roles)[number];

export type Organisation = {
  id: string;
  name: { kk: string; ru: string };
  kind: string;
  regionId: string;
  timeZone: string;
};

export type User = {
  id: string;
  iin: string;
  fullName: string;
  roles: Role[];
  locale: UiLanguage;
  organisation: Organisation | null;
};

export type Session = { csrfToken: string; devMode: boolean; user: User | null };

export type Queue = { key: string; count: number };

export type JournalEntry = {
  seq: number;
  at: string;
  actorIin: string | null;
  actorName: string | null;
  role: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  requestId: string | null;
  details: unknown;
  hash: string;
};

export type JournalPage = { entries: JournalEntry[]; nextBefore: number | null };

export type JournalQuery = {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: string;
  to?: string;
  before?: number;
  limit?: number;
};

export type OutgoingMessage = {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  subject: string | null;
  body: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
  sentAt: string | null;
};
