import { DomainError, ErrorCode, QUEUES, can } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { errorResponses, homeResponse, localeBody, userResponse } from '@oryndau/contracts';
import { findUserById, toView } from '../identity/users';

export function registerMeRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;

  app.put('/api/me/locale', {
    schema: {
      tags: ['me'],
      summary: 'Remember the interface language of the signed-in user',
      body: localeBody,
      response: { 200: userResponse, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'profile.update', { userId: subject.id })) throw new DomainError(ErrorCode.forbidden);
    const { locale } = request.body;
    await db.transaction(async (tx) => {
      await tx.query('UPDATE users SET locale = $2, version = version + 1 WHERE id = $1', [subject.id, locale]);
      tx.journal({
        at: clock.now(), actor: actorOf(request), action: 'user.locale_update', objectType: 'user', objectId: subject.id,
        details: { locale },
      });
    });
    const user = await findUserById(db, subject.id);
    if (!user) throw new DomainError(ErrorCode.notFound);
    // The organisation this session acts for stays as the sign-in certificate said (FILE-3).
    return { user: { ...toView(user), representing: request.user?.representing ?? null } };
  });

  // FILE-3, ISSUE-14 item 2: who is signed in, and for which legal entity they act (BIN, name, first head).
  app.get('/api/me', {
    schema: {
      tags: ['me'],
      summary: 'The signed-in user, with the legal entity this session acts for (from the sign-in certificate)',
      response: { 200: userResponse, ...errorResponses },
    },
  }, async (request) => {
    requireSubject(request);
    return { user: request.user! };
  });

  // Work queues by role (ENF-2 and the other workspaces). Their counters are
  // contributed by the workspaces as they are built; until then a queue is
  // listed as upcoming, without a count.
  app.get('/api/home', {
    schema: {
      tags: ['me'],
      summary: 'The work queues of the signed-in user\'s roles',
      response: { 200: homeResponse, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    const visible = QUEUES.filter((queue) => can(subject, 'queue.read', { requiredRoles: queue.roles }));
    // ISSUE-13 item 11: a queue without a counter has no workspace yet: it is named as coming, not shown as «0».
    const queues = await Promise.all(visible.flatMap((queue) => {
      const counter = deps.queueCounters[queue.key];
      return counter ? [counter(db, subject).then((count) => ({ key: queue.key, count }))] : [];
    }));
    return { queues, upcoming: visible.filter((queue) => !deps.queueCounters[queue.key]).map((queue) => queue.key) };
  });
}
