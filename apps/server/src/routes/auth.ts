import type { AppDeps, ZodApp } from '../app';
import { CSRF_COOKIE, SESSION_COOKIE, actorOf, setSessionCookie } from '../http/session';
import { errorResponses, loginBody, logoutResponse, sessionResponse, userResponse } from '@oryndau/contracts';
import { deleteSession } from '../identity/sessions';
import { signInWithPassword } from '../identity/sign-in';

export function registerAuthRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;

  app.get('/api/session', {
    schema: {
      tags: ['auth'],
      summary: 'Who is signed in, the CSRF token, whether dev mode is on',
      response: { 200: sessionResponse, ...errorResponses },
    },
  }, async (request) => ({
    csrfToken: request.cookies[CSRF_COOKIE] ?? '',
    devMode: config.devMode,
    user: request.user,
  }));

  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in with IIN and password',
      body: loginBody,
      response: { 200: userResponse, ...errorResponses },
    },
    config: { rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { token, user } = await signInWithPassword(
      { db, clock, passwordLog2N: config.passwordLog2N, lockout: config.login, session: config.session },
      { iin: request.body.iin, password: request.body.password, ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null, requestId: request.id },
    );
    setSessionCookie(reply, token, config.production, config.session.maxHours);
    return { user };
  });

  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out',
      response: { 200: logoutResponse, ...errorResponses } },
  }, async (request, reply) => {
    const token = request.sessionToken;
    if (token && request.user) {
      const user = request.user;
      await db.transaction(async (tx) => {
        await deleteSession(tx, token);
        tx.journal({ at: clock.now(), actor: actorOf(request), action: 'auth.logout', objectType: 'user', objectId: user.id });
      });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
}
