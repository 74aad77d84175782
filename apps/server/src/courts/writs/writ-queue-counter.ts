import { countWritsToSignBySecretary } from '@oryndau/db';
import { can } from '@oryndau/domain';
import type { QueueKey } from '@oryndau/domain';
import type { QueueCounter } from '../../app';

/**
 * FILE-16: the secretary's home counter «writs to sign» — the writs they prepared that still lack their signature.
 * Whoever may prepare writs at their court (the secretary, by policy) has one.
 */
export const writQueueCounters: Partial<Record<QueueKey, QueueCounter>> = {
  'courts.writsToSign': async (db, subject) => (subject.organisationId !== null && can(subject, 'courts.writ.prepare', { courtId: subject.organisationId })
    ? countWritsToSignBySecretary(db, subject.id) : 0),
};
