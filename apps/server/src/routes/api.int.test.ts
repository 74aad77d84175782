import { enqueueMessage } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';

const ADMIN = '800101300006';
const PRIVATE_BAILIFF = '880415400004';
const CITIZEN = '920707300005';

describeSystemOnEachEngine('API', ({ system, client, clock }) => {
  it('X-5: /health reports the database and the system key (dev: the dev PKI issues it)', async () => {
    const response = await client().get('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: { ok: true, kind: system().db.kind },
      systemKey: { ok: true, detail: expect.stringMatching(/^dev PKI, BIN 220140000008, valid until /) },
      // Issue 12: the sealer is not running in this test system: the entries written so far wait, within the bound.
      journal: expect.objectContaining({ ok: true, treeSize: 0, lastSealedAt: null, boundMs: 10_000 }) });
  });

  it('X-3: the OpenAPI document describes the routes and the error shape', async () => {
    const doc = (await client().get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/api/auth/login', '/api/journal', '/api/home']));
    const loginErrors = doc.paths['/api/auth/login'].post.responses['401'].content['application/json'].schema;
    expect(loginErrors.required).toEqual(expect.arrayContaining(['code', 'message']));
    expect((await client().get('/api/docs/')).statusCode).toBe(200);
  });

  it('X-1: an unknown API path and invalid input answer { code, message } in the caller\'s language', async () => {
    const missing = await client('kk').get('/api/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'not_found', message: 'Сұралған нысан табылмады.' });
    const c = client('ru');
    await c.signIn(ADMIN);
    const invalid = await c.put('/api/me/locale', { locale: 'en' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'validation', details: { fields: ['locale'] } });
    expect(invalid.json().message).toBe('Данные заполнены неверно: язык интерфейса.');
  });

  it('X-3: the home page lists the work queues of the user\'s roles', async () => {
    const bailiff = client();
    await bailiff.signIn(PRIVATE_BAILIFF);
    expect((await bailiff.get('/api/home')).json().queues.map((q: { key: string }) => q.key))
      .toEqual(['enforcement.incoming', 'enforcement.inExecution']);
    const citizen = client();
    await citizen.signIn(CITIZEN);
    // ISSUE-14 (FILE-8): «Менің істерім» is counted now; the citizen's enforcement proceedings are still named as coming, never counted as «0».
    const home = (await citizen.get('/api/home')).json() as { queues: { key: string; count: number }[]; upcoming: string[] };
    // ISSUE-14 item 8, X-4: and the unread notices of «Хабарламалар».
    expect(home.queues.map((q) => q.key)).toEqual(['citizen.myCases', 'citizen.notifications']);
    expect(home.queues[0]?.count).toBeGreaterThanOrEqual(0);
    expect(home.upcoming).toEqual(['citizen.myProceedings']);
  });

  it('ISSUE-13 item 10 (X-2): the administrator\'s «Журнал действий» counts the journal\'s entries; the calendar without a page is upcoming', async () => {
    const admin = client();
    await admin.signIn(ADMIN);
    const home = (await admin.get('/api/home')).json() as { queues: { key: string; count: number }[]; upcoming: string[] };
    const entries = Number((await system().db.query<{ n: string }>('SELECT count(*) AS n FROM journal')).rows[0]?.n);
    expect(entries).toBeGreaterThan(0);
    expect(home.queues).toEqual([{ key: 'admin.journal', count: entries }]);
    expect(home.upcoming).toEqual(['admin.calendar']);
  });

  it('X-1: the interface language is remembered per user and journalled', async () => {
    const c = client('kk');
    await c.signIn(CITIZEN);
    const saved = await c.put('/api/me/locale', { locale: 'ru' });
    expect(saved.json().user.locale).toBe('ru');
    const again = client('kk');
    expect((await again.signIn(CITIZEN)).json().user.locale).toBe('ru');
    const entry = await system().db.query<{ details: unknown }>(
      "SELECT details FROM journal WHERE action = 'user.locale_update' AND actor_iin = $1", [CITIZEN]);
    expect(entry.rows.map((r) => r.details)).toEqual([{ locale: 'ru' }]);
  });

  it('X-2: an administrator browses and filters the journal; the browsing is journalled too', async () => {
    const admin = client();
    await admin.signIn(ADMIN);
    const all = (await admin.get('/api/journal?limit=2')).json();
    expect(all.entries).toHaveLength(2);
    expect(all.nextBefore).toBe(all.entries[1].seq);
    const older = (await admin.get(`/api/journal?limit=2&before=${all.nextBefore}`)).json();
    expect(older.entries[0].seq).toBeLessThan(all.nextBefore);
    const logins = (await admin.get(`/api/journal?action=auth.login&actor=${ADMIN}`)).json();
    expect(logins.entries.length).toBeGreaterThan(0);
    expect(logins.entries.every((e: { action: string; actorIin: string }) => e.action === 'auth.login' && e.actorIin === ADMIN)).toBe(true);
    expect(logins.entries[0].actorName).toBe('Сейітов Ерлан Қайратұлы');
    const browsed = (await admin.get('/api/journal?action=journal.browse')).json();
    expect(browsed.entries.length).toBeGreaterThanOrEqual(3);
  });

  it('X-2: anyone but an administrator is refused the journal', async () => {
    const bailiff = client('kk');
    await bailiff.signIn(PRIVATE_BAILIFF);
    const response = await bailiff.get('/api/journal');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ code: 'forbidden', message: 'Бұл әрекетке құқығыңыз жоқ.' });
    expect((await client().get('/api/journal')).statusCode).toBe(401);
  });

  it('X-4: the dev page lists every SMS and e-mail in the outbox', async () => {
    await system().db.transaction((tx) => enqueueMessage(tx,
      { channel: 'sms', recipient: '+77011112233', body: 'Сізге қатысты атқарушылық іс жүргізу қозғалды' }, clock.now()));
    const c = client();
    await c.signIn(CITIZEN);
    const messages = (await c.get('/api/dev/messages')).json().messages;
    expect(messages[0]).toMatchObject({ channel: 'sms', recipient: '+77011112233', status: 'pending', attempts: 0 });
  });

  it('DOMAIN calendar: seeded as data and amended by an administrator only', async () => {
    const admin = client();
    await admin.signIn(ADMIN);
    const year = (await admin.get('/api/calendar?year=2026')).json();
    expect(year.days).toEqual(expect.arrayContaining([expect.objectContaining({ date: '2026-05-27', kind: 'holiday' })]));
    // Kurban ait moves (DOMAIN.md: it moved at a week's notice in 2024).
    expect((await admin.put('/api/calendar/2026-05-27', { kind: null })).statusCode).toBe(200);
    const moved = await admin.put('/api/calendar/2026-05-28', { kind: 'holiday', name: { kk: 'Құрбан айт', ru: 'Курбан айт' } });
    expect(moved.statusCode).toBe(200);
    const after = (await admin.get('/api/calendar?year=2026')).json().days.map((d: { date: string }) => d.date);
    expect(after).toContain('2026-05-28');
    expect(after).not.toContain('2026-05-27');
    const weekendHoliday = await admin.put('/api/calendar/2026-05-30', { kind: 'holiday' });
    expect(weekendHoliday.json().code).toBe('calendar.invalid_day');
    const citizen = client();
    await citizen.signIn(CITIZEN);
    expect((await citizen.put('/api/calendar/2026-06-01', { kind: 'holiday' })).statusCode).toBe(403);
  });
});
