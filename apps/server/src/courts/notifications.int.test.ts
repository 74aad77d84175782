import { courts } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { OFFICE_ENV, PEOPLE, receivedFiling } from './office-test-support';

// ISSUE-14 item 8, X-4: the applicant is notified in the cabinet (and by
// e-mail) when the court office registers or refuses their filing — a
// notice in «Хабарламалар» / «Уведомления» with its title and text in
// Kazakh and Russian, written in the registration's own transaction; one
// marks one's own notices read, nobody else's.

type Notice = { id: string; kind: string; title: { kk: string; ru: string }; text: { kk: string; ru: string }; filingId: string | null;
  caseId: string | null; createdAt: string; readAt: string | null };
type Inbox = { items: Notice[]; unread: number };

describeSystemOnEachEngine('ISSUE-14 item 8, X-4: the cabinet\'s notifications', ({ system, client, clock }) => {
  const signedIn = async (iin: string, locale: 'kk' | 'ru' = 'ru'): Promise<TestClient> => {
    const c = client(locale);
    expect((await c.signIn(iin)).statusCode).toBe(200);
    return c;
  };
  const inbox = async (c: TestClient): Promise<Inbox> => {
    const res = await c.get('/api/my/notifications');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Inbox;
  };
  const card = async (office: TestClient, filingId: string) => (await office.get(`/api/court-office/filings/${filingId}`)).json() as {
    filing: { version: number }; proposal: { judgeUserId: string } };

  let registeredNotice: Notice;
  let refusedNotice: Notice;

  it('ISSUE-14 item 8, X-4: after registration the applicant has an unread notice in kk and ru naming the filing and the case number; the home page counts it', async () => {
    const citizen = await signedIn(PEOPLE.citizen, 'kk');
    const before = await inbox(citizen);
    const filing = await receivedFiling(system().db, clock.now(), { applicantIin: PEOPLE.citizen });
    const office = await signedIn(PEOPLE.office);
    const { filing: { version }, proposal } = await card(office, filing.id);
    // A lost race (a stale version) rolls back with the registration: no notice, no e-mail.
    expect((await office.post(`/api/court-office/filings/${filing.id}/register`, { version: version - 1, into: 'new', judgeUserId: proposal.judgeUserId }))
      .statusCode).toBe(409);
    expect((await inbox(citizen)).unread).toBe(before.unread);
    const registered = await office.post(`/api/court-office/filings/${filing.id}/register`, { version, into: 'new', judgeUserId: proposal.judgeUserId });
    expect(registered.statusCode, registered.body).toBe(200);
    const caseNumber = (registered.json() as { case: { id: string; number: string } }).case.number;
    const caseId = (registered.json() as { case: { id: string } }).case.id;

    const after = await inbox(citizen);
    expect(after.unread).toBe(before.unread + 1);
    registeredNotice = after.items[0]!;
    expect(registeredNotice).toMatchObject({ kind: 'filing_registered', filingId: filing.id, caseId, readAt: null });
    expect(registeredNotice.title).toEqual({ kk: `№ ${filing.number} өтініш тіркелді`, ru: `Обращение № ${filing.number} зарегистрировано` });
    expect(registeredNotice.text.kk).toContain(`№ ${caseNumber} іс бойынша тіркеді`);
    expect(registeredNotice.text.ru).toContain(`по делу № ${caseNumber}`);
    for (const text of [registeredNotice.text.kk, registeredNotice.text.ru, registeredNotice.title.kk, registeredNotice.title.ru]) {
      expect(text).not.toMatch(/filing_registered|court-astana|\bnull\b|undefined/);
    }
    // The same transaction queued the e-mail and journalled both.
    const notified = await system().db.query<{ details: { email: boolean; notificationId: string } }>(
      "SELECT details FROM journal WHERE object_id = $1 AND action = 'courts.applicant_notified'", [filing.id]);
    expect(notified.rows.map((r) => r.details)).toEqual([{ outcome: 'registered', email: true, notificationId: registeredNotice.id }]);
    const home = (await citizen.get('/api/home')).json() as { queues: { key: string; count: number }[] };
    expect(home.queues.find((q) => q.key === 'citizen.notifications')).toEqual({ key: 'citizen.notifications', count: after.unread });
  });

  it('ISSUE-14 item 8, FILE-12, X-4: after a refusal the applicant has an unread notice with the ground\'s text (and the note) in kk and ru, newest first', async () => {
    clock.set(new Date(clock.now().getTime() + 60_000));
    const filing = await receivedFiling(system().db, clock.now(), { applicantIin: PEOPLE.citizen, attachments: 1 });
    const office = await signedIn(PEOPLE.office);
    const refused = await office.post(`/api/court-office/filings/${filing.id}/refuse`,
      { version: (await card(office, filing.id)).filing.version, ground: 'attachments_missing', text: 'Қолхат жоқ / Нет расписки' });
    expect(refused.statusCode, refused.body).toBe(200);
    const ground = courts.refusalMessage('attachments_missing');

    const citizen = await signedIn(PEOPLE.citizen, 'ru');
    const list = await inbox(citizen);
    refusedNotice = list.items[0]!;
    expect(refusedNotice).toMatchObject({ kind: 'filing_refused', filingId: filing.id, caseId: null, readAt: null });
    expect(refusedNotice.title).toEqual({ kk: `№ ${filing.number} өтінішті тіркеуден бас тартылды`, ru: `В регистрации обращения № ${filing.number} отказано` });
    expect(refusedNotice.text.kk).toContain(ground.kk);
    expect(refusedNotice.text.ru).toContain(ground.ru);
    expect(refusedNotice.text.ru).toContain('Нет расписки');
    expect(list.items.map((n) => n.id).indexOf(registeredNotice.id)).toBeGreaterThan(0);
    expect(list.items.filter((n) => n.readAt === null).length).toBe(list.unread);
  });

  it('ISSUE-14 item 8, X-4, X-3: marking read — one\'s own only, once; another citizen neither lists nor marks it (404); the court office has no inbox', async () => {
    const citizen = await signedIn(PEOPLE.citizen);
    const before = await inbox(citizen);
    const other = await signedIn(PEOPLE.citizen2);
    expect((await inbox(other)).items.map((n) => n.id)).not.toContain(refusedNotice.id);
    const foreign = await other.post(`/api/my/notifications/${refusedNotice.id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    expect(foreign.body).not.toContain(refusedNotice.title.ru);
    expect((await other.post('/api/my/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
    expect((await other.post('/api/my/notifications/not-an-id/read')).statusCode).toBe(400);
    expect((await inbox(citizen)).items.find((n) => n.id === refusedNotice.id)!.readAt).toBeNull();

    const marked = await citizen.post(`/api/my/notifications/${refusedNotice.id}/read`);
    expect(marked.statusCode, marked.body).toBe(200);
    const answer = marked.json() as { notification: Notice; unread: number };
    expect(answer.notification).toMatchObject({ id: refusedNotice.id, readAt: clock.now().toISOString() });
    expect(answer.unread).toBe(before.unread - 1);
    // Again, later: it keeps its first reading.
    clock.set(new Date(clock.now().getTime() + 60_000));
    const again = (await citizen.post(`/api/my/notifications/${refusedNotice.id}/read`)).json() as { notification: Notice; unread: number };
    expect(again.notification.readAt).toBe(answer.notification.readAt);
    expect(again.unread).toBe(answer.unread);
    const after = await inbox(citizen);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((n) => n.id === registeredNotice.id)!.readAt).toBeNull();

    const office = await signedIn(PEOPLE.office);
    expect((await office.get('/api/my/notifications')).statusCode).toBe(403);
    expect((await office.post(`/api/my/notifications/${registeredNotice.id}/read`)).statusCode).toBe(404);
    expect((await client().get('/api/my/notifications')).statusCode).toBe(401);
    expect((await inbox(citizen)).items.find((n) => n.id === registeredNotice.id)!.readAt).toBeNull();
  });

  it('ISSUE-14 item 8, X-4: a notice marked read from two tabs at once — both answers 200 with one reading time, never a 500', async () => {
    const citizen = await signedIn(PEOPLE.citizen);
    const tab2 = await signedIn(PEOPLE.citizen);
    const [a, b] = await Promise.all([
      citizen.post(`/api/my/notifications/${registeredNotice.id}/read`), tab2.post(`/api/my/notifications/${registeredNotice.id}/read`),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().notification.readAt).toBe(b.json().notification.readAt);
    expect(a.json().notification.readAt).not.toBeNull();
  });
}, OFFICE_ENV);
