import type { Clock, QueueKey } from '@oryndau/domain';
import type { QueueCounter } from '../app';
import { countApprovals, queueCounts } from './queues';
import type { QueueName } from './queues';

/** The home page's enforcement tiles (ENF-2) count what the queue pages list. */
export function enforcementQueueCounters(clock: Clock): Partial<Record<QueueKey, QueueCounter>> {
  const count = (name: QueueName): QueueCounter => async (db, subject) =>
    (await queueCounts(db, subject, clock.now())).find((q) => q.key === name)?.count ?? 0;
  return {
    'enforcement.incoming': count('incoming'),
    'enforcement.notInitiated': count('notInitiated'),
    'enforcement.inExecution': count('inExecution'),
    'enforcement.forApproval': (db, subject) => countApprovals(db, subject),
  };
}
