import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { insertUser } from '@oryndau/db';
import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import { createSession } from '../identity/sessions';
import { SESSION_COOKIE, readUnderSession, registerSession } from './session';

// Issue 18 item 5: a route flagged `sessionInQuery` takes the user from this
// process's copy of the session; only a read through readUnderSession
// confirms it. The queue page now sends ready JSON text, which skips
// fastify's preSerialization hooks — the guard must hold for a text body as
// for an object (it runs on onSend).

const POLICY = { idleMinutes: 30, maxHours: 12 };

describeOnEachEngine('ISSUE-18 item 5: a sessionInQuery route that did not read under the session answers nothing', ({ db }) => {
  it('X-1, ISSUE-18 item 5: text and object bodies from an unconfirmed copy of the session are refused; a read under the session answers', async () => {
    const now = new Date();
    const userId = randomUUID();
    await insertUser(db(), { id: userId, iin: String(Math.floor(1e11 + Math.random() * 8e11)), fullName: 'Орындаушы', email: null, phone: null,
      organisationId: null, locale: 'kk', passwordHash: 'x', roles: ['private_bailiff'] }, now);
    const token = await createSession(db(), userId, now, POLICY, { ip: '127.0.0.1', userAgent: null });
    const app = Fastify();
    await app.register(fastifyCookie);
    registerSession(app, { db: db(), clock: { now: () => new Date() }, policy: POLICY, secureCookies: false });
    const config = { sessionInQuery: true };
    app.get('/text', { config }, async (_request, reply) => reply.type('application/json; charset=utf-8').send('{"secret":1}'));
    app.get('/object', { config }, async () => ({ secret: 1 }));
    app.get('/under', { config }, async (request, reply) => {
      const rows = await readUnderSession(request, db(), async (sql) => (await sql.query<{ n: number }>('SELECT 1 AS n WHERE $1::int = 1', [1])).rows);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify({ secret: rows.length }));
    });
    await app.ready();
    try {
      const get = (url: string) => app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: token } });
      // The first request checks the session the ordinary way (no copy yet): answered.
      expect((await get('/text')).statusCode).toBe(200);
      // Then the copy is used, and neither body that was not read under the session gets out.
      for (const url of ['/text', '/object']) {
        const refused = await get(url);
        expect(refused.statusCode, url).toBe(500);
        expect(refused.body, url).not.toContain('secret');
      }
      const confirmed = await get('/under');
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json()).toEqual({ secret: 1 });
    } finally {
      await app.close();
    }
  });
});
