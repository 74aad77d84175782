import { listCalendarDays, upsertCalendarDay } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { calendarDayBody, calendarDayParams, calendarQuery, calendarResponse, errorResponses, okSchema } from '@oryndau/contracts';

/** The working-day calendar as data an administrator amends (DOMAIN.md). */
export function registerCalendarRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  app.get('/api/calendar', {
    schema: {
      tags: ['calendar'],
      summary: 'Non-working weekdays and worked weekend days of a year',
      querystring: calendarQuery,
      response: { 200: calendarResponse, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'calendar.read', undefined)) throw new DomainError(ErrorCode.forbidden);
    const { year } = request.query;
    return { year, days: await listCalendarDays(db, { from: `${year}-01-01`, to: `${year}-12-31` }) };
  });

  app.put('/api/calendar/:date', {
    schema: {
      tags: ['calendar'],
      summary: 'Mark a day as a holiday or a worked weekend day, or back to normal (kind: null)',
      params: calendarDayParams,
      body: calendarDayBody,
      response: { 200: okSchema, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'calendar.amend', undefined)) throw new DomainError(ErrorCode.forbidden);
    const { date } = request.params;
    const { kind, name } = request.body;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    // A holiday on a weekend or a "worked" weekday would change nothing: refuse it.
    if ((kind === 'holiday' && weekend) || (kind === 'working_day' && !weekend)) {
      throw new DomainError(ErrorCode.invalidCalendarDay, { date, kind });
    }
    await db.transaction(async (tx) => {
      await upsertCalendarDay(tx, date, kind, name, subject.id, clock.now());
      tx.journal({
        at: clock.now(), actor: actorOf(request), action: 'calendar.amend', objectType: 'calendar_day', objectId: date,
        details: { kind, name: name ?? null },
      });
    });
    return { ok: true as const };
  });
}
