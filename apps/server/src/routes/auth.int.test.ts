import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';

const ADMIN = '800101300006';
const JUDGE = '710830300000';
const BAILIFF = '850312300002';

describeSystemOnEachEngine('sign-in', ({ system, client, clock }) => {
  it('X-3: a demo user signs in by IIN and password; the session cookie is httpOnly; sign-out ends it', async () => {
    const c = client();
    const login = await c.signIn(JUDGE);
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ iin: JUDGE, roles: ['judge'], organisation: { id: 'court-astana-esil' } });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/oryndau_sid=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await c.get('/api/session')).json().user.iin).toBe(JUDGE);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/session')).json().user).toBeNull();
    expect((await c.get('/api/home')).statusCode).toBe(401);
  });

  it('X-1: a wrong password is refused with the message in the caller\'s language', async () => {
    const ru = await client('ru').signIn(JUDGE, 'wrong-password');
    expect(ru.statusCode).toBe(401);
    expect(ru.json()).toEqual({ code: 'auth.invalid_credentials', message: 'Неверный ИИН или пароль.' });
    const kk = await client('kk').signIn(JUDGE, 'wrong-password');
    expect(kk.json()).toEqual({ code: 'auth.invalid_credentials', message: 'ЖСН немесе құпиясөз қате.' });
    const unknown = await client('ru').signIn('791028302728', 'whatever');
    expect(unknown.json().code).toBe('auth.invalid_credentials');
    const badIin = await client('kk').signIn('791028302729', 'whatever');
    expect(badIin.statusCode).toBe(400);
    expect(badIin.json().code).toBe('iin.invalid');
  });

  it('X-3: five failures lock the account — even the right password — until the lock runs out', async () => {
    const c = client('ru');
    for (let i = 0; i < 4; i += 1) expect((await c.signIn(BAILIFF, `bad-${i}`)).statusCode).toBe(401);
    const fifth = await c.signIn(BAILIFF, 'bad-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('auth.locked');
    // 05:00Z + 15 min = 10:15 in Astana (UTC+5).
    expect(fifth.json().message).toContain('10:15');
    expect((await c.signIn(BAILIFF)).statusCode).toBe(423);
    clock.advance(16 * 60_000);
    expect((await c.signIn(BAILIFF)).statusCode).toBe(200);
    const journal = await system().db.query<{ action: string }>(
      "SELECT action FROM journal WHERE actor_iin = $1 AND action LIKE 'auth.%' ORDER BY seq", [BAILIFF]);
    expect(journal.rows.map((r) => r.action)).toEqual([
      'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.locked',
      'auth.login_refused_locked', 'auth.login',
    ]);
  });

  it('X-3: a state-changing request without the CSRF token is refused', async () => {
    const c = client('kk');
    await c.signIn(ADMIN);
    const response = await c.request({ method: 'PUT', url: '/api/me/locale', payload: { locale: 'ru' }, headers: { 'x-csrf-token': 'forged' } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.csrf', message: 'Сеанс ескірген. Бетті жаңартып, әрекетті қайталаңыз.' });
    const bare = await system().app.inject({ method: 'POST', url: '/api/auth/login', payload: { iin: ADMIN, password: 'Oryndau2026' } });
    expect(bare.statusCode).toBe(403);
  });

  it('X-3: responses carry security headers', async () => {
    const response = await client().get('/api/session');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});

describeSystemOnEachEngine('sign-in rate limit', ({ client }) => {
  it('X-3: too many sign-in attempts from one address are rate limited, in the caller\'s language', async () => {
    const c = client('kk');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await c.signIn('791028302728', 'x')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await c.signIn('791028302728', 'x');
    expect(limited.json().code).toBe('rate_limited');
    expect(limited.json().message).toMatch(/^Сұраулар тым көп/);
  });
}, { LOGIN_RATE_PER_MINUTE: '3' });
