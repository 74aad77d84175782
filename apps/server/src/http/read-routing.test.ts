import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Database, ReadReplica, Sql } from '@oryndau/db';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { PRIMARY_COOKIE, readRouting, registerReadRouting } from './read-routing';

// Issue 18 item 6: which handle a read-only route's reads get (docs/scaling.md).
const now = new Date('2026-03-02T05:00:00Z');
const clock = { now: () => now };
const primary = { kind: 'postgres' } as unknown as Database;
const replica = { kind: 'replica' } as unknown as ReadReplica;
const request = (cookies: Record<string, string> = {}) => ({ cookies }) as unknown as Parameters<ReturnType<typeof readRouting>['for']>[0];
const kindOf = (sql: Sql) => (sql as unknown as { kind: string }).kind;

describe('issue 18 item 6: read routing', () => {
  it('issue 18 item 6: without DATABASE_REPLICA_URL every read is the primary\'s', () => {
    expect(kindOf(readRouting(primary, null, clock).for(request()))).toBe('postgres');
    expect(readRouting(primary, null, clock).replica).toBe(false);
  });

  it('issue 18 item 6: with a replica, reads go to it unless the client wrote within the sticky window', () => {
    const routing = readRouting(primary, replica, clock);
    expect(kindOf(routing.for(request()))).toBe('replica');
    expect(kindOf(routing.for(request({ [PRIMARY_COOKIE]: String(now.getTime() + 1000) })))).toBe('postgres');
    expect(kindOf(routing.for(request({ [PRIMARY_COOKIE]: String(now.getTime() - 1) })))).toBe('replica');
    expect(kindOf(routing.for(request({ [PRIMARY_COOKIE]: 'nonsense' })))).toBe('replica');
  });

  it('issue 18 item 6: a state-changing request stamps the cookie, a GET does not; no replica, no cookie', async () => {
    const build = async (withReplica: boolean) => {
      const app = Fastify();
      await app.register(fastifyCookie);
      registerReadRouting(app, readRouting(primary, withReplica ? replica : null, clock), { stickyMs: 5000, clock, secure: false });
      app.get('/x', async () => ({ ok: true }));
      app.post('/x', async () => ({ ok: true }));
      return app;
    };
    const app = await build(true);
    const posted = await app.inject({ method: 'POST', url: '/x', payload: {} });
    const stamp = posted.cookies.find((c) => c.name === PRIMARY_COOKIE);
    expect(stamp?.value).toBe(String(now.getTime() + 5000));
    expect(stamp?.maxAge).toBe(5);
    expect((await app.inject({ method: 'GET', url: '/x' })).cookies).toEqual([]);
    // A refused write (404 here) stamps too: it may have written something before it failed.
    expect((await app.inject({ method: 'DELETE', url: '/nowhere' })).cookies.map((c) => c.name)).toEqual([PRIMARY_COOKIE]);
    const plain = await build(false);
    expect((await plain.inject({ method: 'POST', url: '/x', payload: {} })).cookies).toEqual([]);
  });

  it('issue 18 item 6: DATABASE_REPLICA_URL needs DATABASE_URL; REPLICA_STICKY_SECONDS defaults to 5', () => {
    const base = { NODE_ENV: 'test', DATA_DIR: '/nonexistent' };
    expect(loadConfig(base).replica).toEqual({ url: null, stickyMs: 5000 });
    expect(() => loadConfig({ ...base, DATABASE_REPLICA_URL: 'postgres://r/db' })).toThrow(/DATABASE_REPLICA_URL needs DATABASE_URL/);
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://p/db', DATABASE_REPLICA_URL: 'postgres://r/db', REPLICA_STICKY_SECONDS: '0.5' }).replica)
      .toEqual({ url: 'postgres://r/db', stickyMs: 500 });
  });
});
