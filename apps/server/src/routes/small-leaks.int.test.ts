import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { DEV_COURT_SYSTEM_TOKEN, DEV_ERAP_TOKEN } from '../config';
import { csrfTokenOf } from '../http/session';

const ADMIN = '800101300006';
const JUDGE = '710830300000';
const BAILIFF = '850312300002';
const UNKNOWN = '790101300031'; // a valid IIN no account has
const PUBLIC_URL = 'https://oryndau.example';

describeSystemOnEachEngine('small leaks', ({ system, client }) => {
  it('issue 11 item 8 (X-3): the lockout answers an unknown IIN exactly as an account — same failures, same 423, same text', async () => {
    const attempt = async (iin: string) => {
      const c = client('ru');
      const answers = [];
      for (let i = 0; i < 6; i += 1) answers.push(await c.signIn(iin, `wrong-${i}`));
      return answers.map((r) => ({ status: r.statusCode, body: r.json() as unknown }));
    };
    const known = await attempt(BAILIFF);
    const unknown = await attempt(UNKNOWN);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(unknown).toEqual(known);
    const journal = await system().db.query<{ action: string }>(
      "SELECT action FROM journal WHERE actor_iin = $1 AND action LIKE 'auth.%' ORDER BY seq", [UNKNOWN]);
    expect(journal.rows.map((r) => r.action)).toEqual([
      'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.locked', 'auth.login_refused_locked',
    ]);
  });

  it('issue 11 item 8 (SIG-6): the QR code of an unsigned or unknown document is a 404; a signed one links to PUBLIC_URL, whatever the Host header', async () => {
    const c = client('ru');
    await c.signIn(ADMIN);
    const sample = (await c.post('/api/dev/sample-document')).json() as { documentId: string };
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example' };
    expect((await c.request({ method: 'GET', url: `/api/verify/${sample.documentId}/qr.svg`, headers: forged })).statusCode).toBe(404);
    expect((await c.request({ method: 'GET', url: `/api/verify/${randomUUID()}/qr.svg`, headers: forged })).statusCode).toBe(404);
    await system().db.query('UPDATE documents SET signed_at = now() WHERE id = $1', [sample.documentId]);
    const signed = await c.request({ method: 'GET', url: `/api/verify/${sample.documentId}/qr.svg`, headers: forged });
    expect(signed.statusCode).toBe(200);
    const expected = await QRCode.toString(`${PUBLIC_URL}/verify/${sample.documentId}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    expect(signed.body).toBe(expected);
  });

  it('issue 11 item 8 (ENF-11, SIMP-1): the integration token is checked before the body is read; bodies are limited per route', async () => {
    const routes = [
      { url: '/api/integrations/court-system/writs', token: DEV_COURT_SYSTEM_TOKEN, over: 25 * 1024 * 1024 },
      { url: '/api/integrations/erap/fines', token: DEV_ERAP_TOKEN, over: 29 * 1024 * 1024 },
    ];
    const huge = Buffer.alloc(41 * 1024 * 1024, 'x');
    for (const route of routes) {
      const post = (payload: string | Buffer, authorization?: string) => system().app.inject({ method: 'POST', url: route.url, payload,
        headers: { 'content-type': 'application/json', 'accept-language': 'ru', ...(authorization ? { authorization } : {}) } });
      // Not even parsed: malformed JSON and 41 MB without (or with a wrong) token are one and the same 401.
      for (const answer of [await post('{not json'), await post(huge), await post(huge, 'Bearer wrong-token-wrong-token-1')]) {
        expect(answer.statusCode, route.url).toBe(401);
        expect(answer.json().code).toBe('integration.unauthorized');
      }
      // With the token, a body over the route's limit is refused before parsing, and a malformed one is a client error.
      const tooLarge = await post(Buffer.alloc(route.over, ' '), `Bearer ${route.token}`);
      expect([400, 413], route.url).toContain(tooLarge.statusCode);
      expect((await post('{not json', `Bearer ${route.token}`)).statusCode).toBe(400);
    }
  });

  it('issue 11 item 8 (X-3): the CSRF token is bound to the session — another session\'s token is refused; before sign-in the plain double submit works', async () => {
    const judge = client('kk');
    const anonymousToken = (await judge.get('/api/session')).json().csrfToken as string;
    expect(anonymousToken).not.toBe('');
    // Pre-login: the double-submit cookie alone (TestClient sends it) still lets the sign-in through.
    expect((await judge.signIn(JUDGE)).statusCode).toBe(200);
    const judgeSession = judge.cookie('oryndau_sid')!;
    expect(judge.cookie('oryndau_csrf')).toBe(csrfTokenOf(judgeSession));
    expect((await judge.get('/api/session')).json().csrfToken).toBe(csrfTokenOf(judgeSession));
    expect((await judge.put('/api/me/locale', { locale: 'ru' })).statusCode).toBe(200);

    const admin = client('kk');
    await admin.signIn(ADMIN);
    const adminToken = admin.cookie('oryndau_csrf')!;
    const withToken = (token: string) => system().app.inject({ method: 'PUT', url: '/api/me/locale', payload: { locale: 'kk' },
      headers: { cookie: `oryndau_sid=${judgeSession}; oryndau_csrf=${token}`, 'x-csrf-token': token } });
    // A matching cookie and header are not enough: they must belong to this session.
    expect((await withToken(adminToken)).statusCode).toBe(403);
    expect((await withToken(anonymousToken)).statusCode).toBe(403);
    expect((await withToken(csrfTokenOf(judgeSession))).statusCode).toBe(200);
  });
}, { PUBLIC_URL, LOGIN_RATE_PER_MINUTE: '100' });
