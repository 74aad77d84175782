import { DomainError, ErrorCode } from '@oryndau/domain';
import { errorResponses, registerBody, userResponse } from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../app';
import { setSessionCookie } from '../http/session';
import { registerWithEsign, registerWithPassword } from '../identity/register';

/**
 * FILE-3, ISSUE-14 item 2: «Сот кабинеті» registration (public). Rate-limited
 * per address like sign-in; the new applicant leaves signed in.
 */
export function registerCabinetRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const registration = {
    db, clock, passwordLog2N: config.passwordLog2N, session: config.session, verify: deps.verify,
    gbdFl: () => {
      if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'gbd-fl' });
      return deps.adapters().gbdFl;
    },
  };

  app.post('/api/cabinet/register', {
    schema: {
      tags: ['auth'],
      summary: 'Court cabinet: register a new applicant (IIN + password confirmed by ГБД ФЛ, or ЭЦП) and sign in',
      body: registerBody,
      response: { 200: userResponse, ...errorResponses },
    },
    config: { rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const body = request.body;
    const client = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id };
    const { token, user } = body.method === 'password'
      ? await registerWithPassword(registration, { ...client, iin: body.iin, email: body.email, password: body.password, locale: body.locale })
      : await registerWithEsign(registration, { ...client, challengeId: body.challengeId, cms: new Uint8Array(Buffer.from(body.cms, 'base64')),
          email: body.email, locale: body.locale });
    setSessionCookie(reply, token, config.production, config.session.maxHours);
    return { user };
  });
}
