import { can } from '@oryndau/domain';
import type { Clock, QueueKey } from '@oryndau/domain';
import {
  countActsAwaitingSignature, countLegalForceMarksDue, countSubmittedEnpApplications, countUnreadCabinetNotifications, findCourt, listCasesToArchive, listIncomingFilings,
  listMyFilings,
} from '@oryndau/db';
import type { QueueCounter } from '../app';
import { courtToday } from './court-time';
import { actsToSignScope, legalForceScope } from './work/work-scopes';

// ISSUE-14 (ISSUE-13 item 11): the court office's and the citizen's home
// counters are live now that their workspaces exist — they count what the
// incoming queue (GET /api/court-office/incoming) and «Менің істерім»
// (GET /api/my/filings) list, and the citizen's unread notices.
export function courtsQueueCounters(clock: Clock): Partial<Record<QueueKey, QueueCounter>> {
  return {
    'courts.filingsToRegister': async (db, subject) => {
      const courtId = subject.organisationId;
      if (courtId === null || !can(subject, 'courts.incoming.read', { courtId })) return 0;
      const court = await findCourt(db, courtId);
      if (court === null) return 0;
      return (await listIncomingFilings(db, courtId, courtToday(clock.now(), court.timeZone))).length;
    },
    // Issue 16 (ENP-9): online applications for a ЭНП password waiting for the court's decision (GET /api/enp/office/applications).
    'courts.enpApplications': async (db, subject) => {
      const courtId = subject.organisationId;
      if (courtId === null || !can(subject, 'enp.application.decide', { courtId })) return 0;
      return countSubmittedEnpApplications(db, courtId);
    },
    // Issue 15 (FILE-14): acts of the judge's current cases still waiting for their signature (GET /api/court-work/acts-to-sign).
    'courts.actsToSign': async (db, subject) => {
      const scope = actsToSignScope(subject);
      return scope === null ? 0 : countActsAwaitingSignature(db, scope.judgeUserId);
    },
    // Issue 15 (FILE-15): legal-force marks due today — the judge's on their cases, the chairman's court-wide
    // (GET /api/court-work/legal-force-marks).
    'courts.legalForceMarks': async (db, subject) => {
      const scope = await legalForceScope(db, subject, clock.now());
      return scope === null ? 0 : countLegalForceMarksDue(db, scope.options);
    },
    // FILE-17, §62: the secretary's «to archive» queue (GET /api/court-archive/queue).
    'courts.toArchive': async (db, subject) => {
      const courtId = subject.organisationId;
      if (courtId === null || !can(subject, 'courts.archive.prepare', { courtId })) return 0;
      return (await listCasesToArchive(db, courtId)).length;
    },
    'citizen.myCases': async (db, subject) => {
      if (!can(subject, 'courts.file', undefined)) return 0;
      const iinBins = [subject.iin, ...(subject.representing ? [subject.representing.bin] : [])];
      return (await listMyFilings(db, { userId: subject.id, iinBins })).filter((f) => f.status !== 'withdrawn').length;
    },
    // ISSUE-14 item 8, X-4: the unread notices of «Хабарламалар» / «Уведомления» (GET /api/my/notifications).
    'citizen.notifications': async (db, subject) => (can(subject, 'cabinet.notifications.list', undefined)
      ? countUnreadCabinetNotifications(db, subject.id) : 0),
  };
}
