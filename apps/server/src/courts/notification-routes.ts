import { cabinetNotificationParams, cabinetNotificationsResponse, errorResponses, markNotificationReadResponse } from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../app';
import { requireSubject } from '../http/session';
import { markMyNotificationRead, myNotifications } from './cabinet-notifications';

/** ISSUE-14 item 8, X-4: the cabinet's notification inbox. */
export function registerCabinetNotificationRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/my/notifications', {
    schema: {
      tags: ['courts'], summary: 'X-4: «Хабарламалар / Уведомления» — my cabinet notices, newest first, and how many are unread',
      response: { 200: cabinetNotificationsResponse, ...errorResponses },
    },
  }, async (request) => myNotifications(deps.db, requireSubject(request)));

  app.post('/api/my/notifications/:id/read', {
    schema: {
      tags: ['courts'], summary: 'X-4: mark one of my notices read (another person\'s is a 404)',
      params: cabinetNotificationParams, response: { 200: markNotificationReadResponse, ...errorResponses },
    },
  }, async (request) => markMyNotificationRead({ db: deps.db, clock: deps.clock }, requireSubject(request), request.params.id));
}
