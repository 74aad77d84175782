import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';

const UNKNOWN_IIN = '791028302728';
// A well-formed debtor link that leads nowhere: the page's limit counts it all the same.
const DEBTOR_PAGE = '/api/public/simplified/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describeSystemOnEachEngine('trusted proxies', ({ system, client }) => {
  const spoofed = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i}` });

  it('issue 11 item 3 (X-2, X-3): without TRUSTED_PROXIES a rotated X-Forwarded-For changes nothing — every limit bites and the journal keeps the real address', async () => {
    const c = client();
    await c.request({ method: 'GET', url: '/api/session', remoteAddress: '192.0.2.10' });
    const login = [];
    for (let i = 1; i <= 4; i += 1) {
      login.push((await c.request({ method: 'POST', url: '/api/auth/login', remoteAddress: '192.0.2.10', headers: spoofed(i),
        payload: { iin: UNKNOWN_IIN, password: 'x' } })).statusCode);
    }
    expect(login).toEqual([401, 401, 401, 429]);
    const journal = await system().db.query<{ ip: string }>(
      `SELECT details->>'ip' AS ip FROM journal WHERE action = 'auth.login_failed' AND actor_iin = $1 ORDER BY seq`, [UNKNOWN_IIN]);
    expect(journal.rows.map((r) => r.ip)).toEqual(['192.0.2.10', '192.0.2.10', '192.0.2.10']);

    const global = [];
    for (let i = 1; i <= 13; i += 1) {
      global.push((await system().app.inject({ method: 'GET', url: '/api/session', remoteAddress: '192.0.2.11', headers: spoofed(i) })).statusCode);
    }
    expect(global.slice(0, 12).every((s) => s === 200)).toBe(true);
    expect(global[12]).toBe(429);

    const debtor = [];
    for (let i = 1; i <= 3; i += 1) {
      debtor.push((await system().app.inject({ method: 'GET', url: DEBTOR_PAGE, remoteAddress: '192.0.2.12', headers: spoofed(i) })).statusCode);
    }
    expect(debtor.slice(0, 2).every((s) => s !== 429)).toBe(true);
    expect(debtor[2]).toBe(429);
  });

  it('issue 11 item 3 (X-2, X-3): from a listed proxy the forwarded client address is the one limited and journalled', async () => {
    const c = client();
    await c.request({ method: 'GET', url: '/api/session', remoteAddress: '10.9.0.7' });
    const statuses = [];
    for (let i = 1; i <= 4; i += 1) {
      // The client's own made-up entry on the left is not believed: the proxy appended the real peer on the right.
      statuses.push((await c.request({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.0.7',
        headers: { 'x-forwarded-for': `1.2.3.4, 203.0.113.${i}` }, payload: { iin: '790101300011', password: 'x' } })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401]);
    const journal = await system().db.query<{ ip: string }>(
      `SELECT details->>'ip' AS ip FROM journal WHERE action = 'auth.login_failed' AND actor_iin = $1 ORDER BY seq`, ['790101300011']);
    expect(journal.rows.map((r) => r.ip)).toEqual(['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']);
    // The same client behind the proxy is still limited by its own address; an IPv6 proxy is honoured too.
    const same = [];
    for (let i = 0; i < 4; i += 1) {
      same.push((await c.request({ method: 'POST', url: '/api/auth/login', remoteAddress: 'fd00::5',
        headers: { 'x-forwarded-for': '203.0.113.99' }, payload: { iin: '790101300021', password: 'x' } })).statusCode);
    }
    expect(same).toEqual([401, 401, 401, 429]);
  });
}, { TRUSTED_PROXIES: '10.9.0.0/16,fd00::/8', LOGIN_RATE_PER_MINUTE: '3', RATE_PER_MINUTE: '12', DEBTOR_PAGE_RATE_PER_MINUTE: '2' });
