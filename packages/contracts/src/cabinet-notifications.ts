import { z } from 'zod';
import { localizedSchema } from './errors';
import { idParams } from './validation';

// The cabinet's notification inbox (ISSUE-14 item 8, X-4):
// apps/server/src/courts/notification-routes.ts. A notice is written when
// the court office registers or refuses one's filing (with the e-mail of
// the same event); its title and text are stored in Kazakh and Russian.

export const CABINET_NOTIFICATION_KINDS = ['filing_registered', 'filing_refused', 'act_published', 'act_in_force'] as const;

export const cabinetNotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(CABINET_NOTIFICATION_KINDS),
  title: localizedSchema,
  text: localizedSchema,
  /** The filing it is about (its card: #/courts/filings/:id) and the case it opened, if any. */
  filingId: z.string().nullable(),
  caseId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type CabinetNotification = z.infer<typeof cabinetNotificationSchema>;

/** GET /api/my/notifications — the newest notices first (at most CABINET_NOTIFICATIONS_SHOWN) and how many are unread. */
export const cabinetNotificationsResponse = z.object({
  items: z.array(cabinetNotificationSchema),
  unread: z.number().int(),
});
export type CabinetNotificationsResponse = z.infer<typeof cabinetNotificationsResponse>;

/** How many notices the list answers with, newest first. */
export const CABINET_NOTIFICATIONS_SHOWN = 200;

/** POST /api/my/notifications/:id/read — one's own notice only (anyone else's is a 404). */
export const cabinetNotificationParams = idParams;
export const markNotificationReadResponse = z.object({
  notification: cabinetNotificationSchema,
  unread: z.number().int(),
});
export type MarkNotificationReadResponse = z.infer<typeof markNotificationReadResponse>;
