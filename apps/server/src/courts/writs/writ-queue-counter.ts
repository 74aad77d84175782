import { countWritsToSignBySecretary } from '@oryndau/db';
import type { QueueKey } from '@oryndau/domain';
import type { QueueCounter } from '../../app';
import { writsToSignScope } from '../work/work-scopes';

/**
 * FILE-16: the secretary's home counter «writs to sign» — the writs they prepared that still lack their signature
 * (listed by GET /api/court-work/writs-to-sign). Whoever may prepare writs at their court (the secretary, by policy) has one.
 */
export const writQueueCounters: Partial<Record<QueueKey, QueueCounter>> = {
  'courts.writsToSign': async (db, subject) => {
    const scope = writsToSignScope(subject);
    return scope === null ? 0 : countWritsToSignBySecretary(db, scope.secretaryUserId);
  },
};
