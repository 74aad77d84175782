import type { Database } from '@oryndau/db';
import { findCourt } from '@oryndau/db';
import { can } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { courtToday } from '../court-time';

// Issue 15 (FILE-14, FILE-15, FILE-16): who has which work queue, and over
// what — decided once, for the home counter and for its list alike (the
// counters in ../queue-counters.ts and ../writs/writ-queue-counter.ts, the
// lists beside this file). null: the person has no such queue.

/** FILE-14: a court's staff member reads their acts to sign — the query keeps to the cases where they sit as a current judge. */
export function actsToSignScope(subject: Subject): { judgeUserId: string; courtId: string } | null {
  const courtId = subject.organisationId;
  if (courtId === null || !can(subject, 'courts.case.read', { courtId })) return null;
  return { judgeUserId: subject.id, courtId };
}

export type LegalForceScope = {
  options: { courtId: string; judgeUserId?: string; day: string };
  today: string; timeZone: string; courtWide: boolean;
};

/** FILE-15: marks due today in the court's zone — a judge's on their cases, the chairman's court-wide (they may mark when the judge is absent). */
export async function legalForceScope(db: Database, subject: Subject, now: Date): Promise<LegalForceScope | null> {
  const courtId = subject.organisationId;
  if (courtId === null || !can(subject, 'courts.case.read', { courtId })) return null;
  const court = await findCourt(db, courtId);
  if (court === null) return null;
  const day = courtToday(now, court.timeZone);
  const courtWide = can(subject, 'courts.act.markLegalForce', { courtId, caseJudgeIds: [], asChairman: true });
  return { options: courtWide ? { courtId, day } : { courtId, judgeUserId: subject.id, day }, today: day, timeZone: court.timeZone, courtWide };
}

/** FILE-16: whoever may prepare writs at their court (the secretary, by policy) signs the ones they prepared. */
export function writsToSignScope(subject: Subject): { secretaryUserId: string; courtId: string } | null {
  const courtId = subject.organisationId;
  if (courtId === null || !can(subject, 'courts.writ.prepare', { courtId })) return null;
  return { secretaryUserId: subject.id, courtId };
}
