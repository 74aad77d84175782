import { fireDueDeadlines } from '@oryndau/db';
import { expect, it } from 'vitest';
import { TestClient, describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { LICENSING_OVERDUE } from './application-signing';
import { LIC, LIC_ENV, registeredPortalApplication, signedIn } from './licensing-test-support';
import type { AppView } from './licensing-test-support';
import { licensingOverdueHandler } from './overdue-timer';

// LIC-5: the durable overdue timer set at registration fires once the
// deadline day is over — once, even with two workers claiming at once — and
// flags the application to the officers and their head (e-mail, queue).

describeSystemOnEachEngine('ISSUE-17: the licensing overdue timer', ({ system, clock }) => {
  it('LIC-5: not before the deadline has passed; then it fires once with two workers, flags the application and e-mails the officer and the head', async () => {
    const c = await signedIn(system(), LIC.applicant, TestClient);
    const { id, signed } = await registeredPortalApplication(system(), c, LIC.applicant);
    expect(signed.statusCode, signed.body).toBe(200);
    const handlers = { [LICENSING_OVERDUE]: licensingOverdueHandler };
    // The last day (27 March) is still in time, up to midnight in Astana.
    const lastDay = new Date('2026-03-27T18:59:00Z');
    expect(await fireDueDeadlines(system().db, handlers, () => lastDay)).toEqual({ fired: 0, failed: 0 });
    const after = new Date('2026-03-27T19:00:00Z');
    const [a, b] = await Promise.all([fireDueDeadlines(system().db, handlers, () => after), fireDueDeadlines(system().db, handlers, () => after)]);
    expect(a.fired + b.fired).toBe(1);
    expect(a.failed + b.failed).toBe(0);
    const journal = await system().db.query('SELECT 1 FROM journal WHERE action = $1 AND object_id = $2', ['licensing.application_overdue', id]);
    expect(journal.rows).toHaveLength(1);
    const mails = await system().db.query<{ recipient: string }>(
      `SELECT recipient FROM outbox WHERE subject = 'Лицензия беру мерзімі өтті / Просрочен срок выдачи лицензии' ORDER BY recipient`);
    expect(mails.rows.map((m) => m.recipient)).toEqual(['admin@oryndau.test', 'licensing@oryndau.test']);
    clock.set(new Date('2026-03-30T05:00:00Z'));
    const officer = await signedIn(system(), LIC.officer, TestClient);
    const queue = (await officer.get('/api/licensing/applications?overdue=true')).json() as { items: AppView[] };
    expect(queue.items.map((x) => [x.id, x.workingDaysLeft])).toEqual([[id, -1]]);
  });
}, LIC_ENV);
