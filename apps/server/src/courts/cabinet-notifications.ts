import type { CabinetNotification, CabinetNotificationsResponse, MarkNotificationReadResponse } from '@oryndau/contracts';
import { CABINET_NOTIFICATIONS_SHOWN } from '@oryndau/contracts';
import type { CabinetNotificationRecord, Database } from '@oryndau/db';
import {
  countUnreadCabinetNotifications, findCabinetNotification, listCabinetNotifications, markCabinetNotificationRead,
} from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';

// ISSUE-14 item 8, X-4: the cabinet's notification inbox («Хабарламалар» /
// «Уведомления») — one's own notices, newest first, and marking one read.
// Written by notify-applicant.ts with the e-mail of the same event.

const view = (n: CabinetNotificationRecord): CabinetNotification => ({
  id: n.id, kind: n.kind, title: n.title, text: n.text, filingId: n.filingId, caseId: n.caseId, createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

export async function myNotifications(db: Database, subject: Subject): Promise<CabinetNotificationsResponse> {
  if (!can(subject, 'cabinet.notifications.list', undefined)) throw new DomainError(ErrorCode.forbidden);
  const [items, unread] = await Promise.all([
    listCabinetNotifications(db, subject.id, CABINET_NOTIFICATIONS_SHOWN), countUnreadCabinetNotifications(db, subject.id),
  ]);
  return { items: items.map(view), unread };
}

/** Marks one's own notice read (again: unchanged). Anyone else's — or none — is a 404: whether it exists is not told. */
export async function markMyNotificationRead(deps: { db: Database; clock: Clock }, subject: Subject, id: string): Promise<MarkNotificationReadResponse> {
  const found = await findCabinetNotification(deps.db, id);
  if (!found || !can(subject, 'cabinet.notification.read', { recipientUserId: found.userId })) throw new DomainError(ErrorCode.notFound);
  const marked = await markCabinetNotificationRead(deps.db, id, deps.clock.now());
  if (!marked) throw new DomainError(ErrorCode.notFound);
  return { notification: view(marked), unread: await countUnreadCabinetNotifications(deps.db, subject.id) };
}
