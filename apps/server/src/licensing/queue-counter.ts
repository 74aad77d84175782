import { countLicensingApplicationsToDecide } from '@oryndau/db';
import type { QueueKey } from '@oryndau/domain';
import type { QueueCounter } from '../app';

/**
 * Issue 17 (LIC-3, LIC-5): the licensing officer's home counter — the registered applications not yet decided
 * (listed on the web's licensing queue). Only the licensor's officers have the queue (packages/domain identity/queues.ts).
 */
export const licensingQueueCounters: Partial<Record<QueueKey, QueueCounter>> = {
  'licensing.applications': async (db) => countLicensingApplicationsToDecide(db),
};
