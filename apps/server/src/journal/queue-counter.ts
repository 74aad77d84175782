import { countJournalEntries } from '@oryndau/db';
import { can } from '@oryndau/domain';
import type { QueueKey } from '@oryndau/domain';
import type { QueueCounter } from '../app';

/** ISSUE-13 item 10: the administrator's «Журнал действий» tile counts the journal's entries (it showed 0 with 48). */
export const journalQueueCounters: Partial<Record<QueueKey, QueueCounter>> = {
  'admin.journal': async (db, subject) => (can(subject, 'journal.browse', undefined) ? countJournalEntries(db) : 0),
};
