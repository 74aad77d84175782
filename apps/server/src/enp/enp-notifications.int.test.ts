import { fixedClock } from '@oryndau/domain';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../test/harness/databases';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import { DECISION, draftAct, signDocument, staff } from '../courts/acts/court-acts-test-support';
import { PEOPLE } from '../courts/office-test-support';
import type { System } from '../system';
import { recordEnpCaseChange } from '@oryndau/db';
import { dispatchEnpNotifications } from './dispatch-notifications';
import { enpHousekeepingTask } from './enp-housekeeping';
import type { Mailbox } from './enp-application-test-support';
import { deliver, startMailbox } from './enp-application-test-support';
import { ENP_ENV, PortalClient, caseWithActs, issue } from './enp-test-support';

// Issue 16 item 7 (ENP-8): e-mails to the ЭНП participants of a criminal
// case when an act is published — only to those whose case view shows it
// (an accused sees a sentence, a suspect does not; nobody sees a blocked
// act), only for the kinds they chose, each with a one-click unsubscribe
// link that works without signing in (RFC 8058 headers).

const ACCUSED = '900101300017';
const SUSPECT = '860202300016';

for (const kind of ENGINES) {
  describe(`ISSUE-16: ЭНП e-mail notifications [${kind}]`, () => {
    const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
    let system: System;
    let mailbox: Mailbox;
    let caseId: string;
    let accusedPassword: string;
    beforeAll(async () => {
      mailbox = await startMailbox();
      ({ system } = await startTestSystem(kind, { ...ENP_ENV, SMTP_URL: mailbox.url, PUBLIC_URL: 'https://oryndau.test' }, clock));
      const made = await caseWithActs(system, clock.now(), 'criminal', []);
      caseId = made.caseId;
      accusedPassword = (await issue(made.office, caseId, { iin: ACCUSED, category: 'accused', email: 'accused@example.kz' })).password;
      await issue(made.office, caseId, { iin: SUSPECT, category: 'suspect', email: 'suspect@example.kz' });
      await flush();
      mailbox.received.length = 0;
    });
    afterAll(async () => {
      await system?.stop();
      await mailbox?.close();
    });

    const acts = (mails: ParsedMail[]) => mails.filter((m) => m.subject?.includes('Новый судебный акт'));
    const notify = () => dispatchEnpNotifications({ db: system.db, clock, publicOrigin: 'https://oryndau.test', portalUrl: 'https://oryndau.test/enp' });
    async function flush() {
      await notify();
      await deliver(system);
    }
    /** The judge drafts and signs an act of `kind`; it is published. */
    async function publish(kind: string) {
      const judge = await staff(system, PEOPLE.judgeCriminal);
      const act = await draftAct(judge, caseId, { ...DECISION, kind });
      expect((await signDocument(system, judge, act.documentId, PEOPLE.judgeCriminal)).statusCode).toBe(200);
      return act;
    }

    it('ENP-8: a sentence reaches the accused (kk and ru, unsubscribe headers) and not the suspect, whose view does not show it', async () => {
      await publish('sentence');
      await flush();
      const [mail, ...more] = acts(mailbox.take('accused@example.kz'));
      expect(more).toHaveLength(0);
      expect(mail!.subject).toContain('Жаңа сот актісі');
      expect(mail!.subject).toContain('Новый судебный акт');
      expect(mail!.text).toContain('https://oryndau.test/enp');
      const header = (name: string) => mail!.headerLines.find((h) => h.key === name)?.line ?? '';
      expect(header('list-unsubscribe')).toMatch(/<https:\/\/oryndau\.test\/api\/enp\/unsubscribe\/[A-Za-z0-9_-]{40,}>/);
      expect(header('list-unsubscribe-post')).toContain('List-Unsubscribe=One-Click');
      // The suspect is told the course moved (the course is in every participant's view), never of the sentence.
      const suspect = mailbox.take('suspect@example.kz');
      expect(acts(suspect)).toHaveLength(0);
      expect(suspect.length).toBeGreaterThan(0);
      expect(suspect.every((m) => m.subject?.includes('Изменился ход дела'))).toBe(true);
    });

    it('ENP-8, ENP-5: a ruling blocked before the notices go out is told to nobody', async () => {
      const act = await publish('ruling');
      const office = await staff(system, PEOPLE.office);
      const blocked = await office.post(`/api/enp/office/cases/${caseId}/documents/${encodeURIComponent(`act:${act.id}`)}/block`, { reason: 'Тайна следствия' });
      expect(blocked.statusCode, blocked.body).toBe(200);
      await flush();
      expect(acts(mailbox.take('accused@example.kz'))).toHaveLength(0);
      expect(acts(mailbox.take('suspect@example.kz'))).toHaveLength(0);
    });

    it('ENP-8: the accused turns acts off on the portal — the next ruling reaches only the suspect', async () => {
      const portal = new PortalClient(system);
      expect((await portal.search(ACCUSED, accusedPassword)).statusCode).toBe(200);
      expect((await portal.get('/api/enp/notifications')).json()).toEqual({ acts: true, documents: true, course: true });
      const saved = await portal.put('/api/enp/notifications', { acts: false, documents: true, course: true });
      expect(saved.statusCode, saved.body).toBe(200);
      await publish('ruling');
      await flush();
      const accused = mailbox.take('accused@example.kz');
      expect(acts(accused)).toHaveLength(0);
      // The course is still on for the accused.
      expect(accused.every((m) => m.subject?.includes('Изменился ход дела'))).toBe(true);
      expect(acts(mailbox.take('suspect@example.kz'))).toHaveLength(1);
    });

    it('ENP-8: the unsubscribe link works without signing in (GET confirms, one-click POST does it) and stops the e-mails', async () => {
      await publish('resolution');
      await flush();
      const [mail] = acts(mailbox.take('suspect@example.kz'));
      const link = /(https:\/\/oryndau\.test\/api\/enp\/unsubscribe\/[A-Za-z0-9_-]+)/.exec(mail!.text ?? '')![1]!;
      const path = link.replace('https://oryndau.test', '');
      const anonymous = new TestClient(system, 'kk');
      const page = await anonymous.get(path);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('Отписаться');
      expect(page.body).toContain('Бас тарту');
      // As a mail client does it (RFC 8058): no cookie, no CSRF token, a form body.
      const done = await system.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.body).toContain('Готово');
      expect((await system.app.inject({ method: 'GET', url: '/api/enp/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).json())
        .toMatchObject({ code: 'enp.unsubscribe_unknown' });
      expect((await system.app.inject({ method: 'POST', url: '/api/enp/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).json())
        .toMatchObject({ code: 'enp.unsubscribe_unknown' });

      await publish('ruling');
      await flush();
      expect(mailbox.take('suspect@example.kz')).toHaveLength(0);
      const journal = (await system.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM journal WHERE object_id = $1 AND action = 'enp.unsubscribed'`, [caseId])).rows[0]!.n;
      expect(journal).toBe(1);
    });

    it('ENP-8: housekeeping drops expired sessions, long-dispatched changes and year-old unsubscribe links — never a pending change', async () => {
      const count = async (table: string, where = 'true') =>
        (await system.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)).rows[0]!.n;
      await recordEnpCaseChange(system.db, { caseId, kind: 'course', subject: 'hearing_scheduled', occurredAt: clock.now() });
      const before = { sessions: await count('enp_sessions'), changes: await count('enp_case_changes'), tokens: await count('enp_unsubscribe_tokens') };
      expect(before.sessions).toBeGreaterThan(0);
      expect(before.tokens).toBeGreaterThan(0);
      // Today nothing is old enough: everything stays.
      const today = await enpHousekeepingTask(system.db).run(() => clock.now());
      expect(today).toEqual({ sessions: 0, caseChanges: 0, unsubscribeTokens: 0 });
      // In 400 days: every session has expired, every dispatched change and every token is past its keeping.
      const later = new Date(clock.now().getTime() + 400 * 86_400_000);
      const task = enpHousekeepingTask(system.db);
      const pruned = await task.run(() => later);
      expect(pruned).toEqual({ sessions: before.sessions, caseChanges: before.changes - 1, unsubscribeTokens: before.tokens });
      expect(await count('enp_case_changes', 'dispatched_at IS NULL')).toBe(1);
      expect(await count('enp_case_changes')).toBe(1);
      // Within the hour the same process does not run it again.
      expect(await task.run(() => new Date(later.getTime() + 60_000))).toBeNull();
    });
  });
}
