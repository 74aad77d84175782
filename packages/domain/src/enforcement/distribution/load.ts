/**
 * ENF-12 what a bailiff's load is, as data the distribution is given (issue
 * 18 item 4). The engine stays pure: `distribute()` picks from the loads it
 * is handed. Who keeps them — counters moved in the same transaction as the
 * change that moves a load (packages/db `bailiff-loads-repository.ts`) — asks
 * this module what counts, so the rule lives in one place.
 */
import { addDays } from '@oryndau/kz';
import type { ProceedingStatus } from '../lifecycle';
import { compareIds, localDate, type BailiffId } from './eligibility';

/** Proceedings that still take a bailiff's time: registered, initiated, suspended (ended, refused, transferred do not). */
export const LOAD_STATUSES = ['registered', 'initiated', 'suspended'] as const satisfies readonly ProceedingStatus[];

export function countsAsLoad(status: ProceedingStatus): boolean {
  return (LOAD_STATUSES as readonly ProceedingStatus[]).includes(status);
}

/**
 * The first tie-break counts the decisions that chose a bailiff in the last
 * seven days — calendar days in Kazakhstan (+05), today included, so that
 * the count is a sum of per-day counters and never a scan of the decisions.
 */
export const RECENT_WINDOW_DAYS = 7;

/** The day (+05) a decision taken at `at` is counted on. */
export function assignmentDay(at: Date): string {
  return localDate(at);
}

/** The first day of the recent window that ends today (+05). */
export function recentWindowFirstDay(now: Date): string {
  return addDays(localDate(now), -(RECENT_WINDOW_DAYS - 1));
}

/** One side of a change: a proceeding's status and bailiff. */
export type LoadPosition = { status: ProceedingStatus; bailiffId: BailiffId | null };
export type LoadDelta = { bailiffId: BailiffId; delta: 1 | -1 };

/**
 * The load counters a change moves (none, one or two), in bailiff-id order:
 * whoever applies them locks the counter rows in that order, so two
 * reassignments in opposite directions cannot deadlock each other.
 */
export function loadDeltas(before: LoadPosition | null, after: LoadPosition): LoadDelta[] {
  const was = before && before.bailiffId !== null && countsAsLoad(before.status) ? before.bailiffId : null;
  const is = after.bailiffId !== null && countsAsLoad(after.status) ? after.bailiffId : null;
  if (was === is) return [];
  const deltas: LoadDelta[] = [];
  if (was !== null) deltas.push({ bailiffId: was, delta: -1 });
  if (is !== null) deltas.push({ bailiffId: is, delta: 1 });
  return deltas.sort((a, b) => compareIds(a.bailiffId, b.bailiffId));
}
