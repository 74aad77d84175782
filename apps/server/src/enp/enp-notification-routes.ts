import { enpPreferencesSchema, enpUnsubscribeHtml, enpUnsubscribeParams, errorResponses } from '@oryndau/contracts';
import { findEnpPreferences, saveEnpPreferences } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { requireEnpAccess } from './enp-session';
import { participantActor } from './participant-case';
import { unsubscribeEnp, unsubscribePage, unsubscribeTokenKnown } from './unsubscribe';

/**
 * Issue 16 item 7 (ENP-8): the signed-in participant's choice of e-mails
 * (acts, documents, the course) and the one-click unsubscribe of every
 * e-mail's link, which needs no sign-in: GET shows a confirm page, POST
 * does it (RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click`).
 * The unsubscribe paths are exempt from the CSRF check (http/session.ts):
 * they carry no ambient authority — the token in the path is the whole of it.
 */
export function registerEnpNotificationRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const session = { db, clock, policy: config.enp.session };

  app.get('/api/enp/notifications', {
    schema: { tags: ['enp'], summary: 'ENP-8: which e-mails I want for my case (acts, documents, the course)',
      response: { 200: enpPreferencesSchema, ...errorResponses } },
  }, async (request) => {
    const access = await requireEnpAccess(session, request);
    // ENP-10: an old ЭАСД case never changes, so there is nothing to be told about.
    if (access.caseId === null) return { acts: false, documents: false, course: false };
    return findEnpPreferences(db, access.caseId, access.iin);
  });

  app.put('/api/enp/notifications', {
    schema: { tags: ['enp'], summary: 'ENP-8: choose which e-mails I want for my case (journalled)',
      body: enpPreferencesSchema, response: { 200: enpPreferencesSchema, ...errorResponses } },
  }, async (request) => {
    const access = await requireEnpAccess(session, request);
    const caseId = access.caseId;
    if (caseId === null) throw new DomainError(ErrorCode.notFound);
    const now = clock.now();
    await db.transaction(async (tx) => {
      await saveEnpPreferences(tx, caseId, access.iin, request.body, now);
      tx.journal({ at: now, actor: participantActor(access, request.id, request.ip), action: 'enp.notifications_chosen', objectType: 'court_case',
        objectId: caseId, subjectIin: access.iin, details: { ...request.body, accessId: access.id } });
    });
    return findEnpPreferences(db, caseId, access.iin);
  });

  void app.register(async (scope) => {
    // RFC 8058's one-click POST is a form body (`List-Unsubscribe=One-Click`); its content does not matter.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, _body, done) => done(null, null));

    scope.get('/api/enp/unsubscribe/:token', {
      schema: { tags: ['enp'], summary: 'ENP-8: the unsubscribe link — a kk/ru page asking to confirm (no sign-in, no script)',
        params: enpUnsubscribeParams, response: { 200: enpUnsubscribeHtml, ...errorResponses } },
    }, async (request, reply) => {
      // The scope's routes are validated by the schema above; the plugin scope only loses the type provider's inference.
      const { token } = request.params as { token: string };
      // An unknown token is the one error shape of the API (404 enp.unsubscribe_unknown, kk/ru), like every other route.
      if (!(await unsubscribeTokenKnown(db, token))) throw new DomainError(ErrorCode.enpUnsubscribeUnknown);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store')
        .send(unsubscribePage('confirm', `/api/enp/unsubscribe/${token}`));
    });

    scope.post('/api/enp/unsubscribe/:token', {
      schema: { tags: ['enp'], summary: 'ENP-8: one-click unsubscribe (RFC 8058) — every ЭНП e-mail of that case for that person off; no sign-in',
        params: enpUnsubscribeParams, response: { 200: enpUnsubscribeHtml, ...errorResponses } },
    }, async (request, reply) => {
      await unsubscribeEnp({ db, clock }, (request.params as { token: string }).token, { id: request.id, address: request.ip });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(unsubscribePage('done', ''));
    });
  });
}
