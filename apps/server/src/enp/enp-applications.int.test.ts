import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../test/harness/databases';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import { staff } from '../courts/acts/court-acts-test-support';
import { ESIL, PEOPLE } from '../courts/office-test-support';
import type { System } from '../system';
import type { ApplicationView, Mailbox } from './enp-application-test-support';
import { deliver, draftApplication, fixture, multipart, signApplication, startMailbox } from './enp-application-test-support';
import { ENP_ENV, PortalClient, caseWithActs } from './enp-test-support';

// Issue 16 item 5 (ENP-7, ENP-9): a person signed in to the cabinet applies
// online for a ЭНП password, signs the application with their own ЭЦП and
// attaches a power of attorney; the court's office approves (the password
// reaches them by e-mail, through a local SMTP server, and opens the case)
// or refuses with a reason in kk and ru.

const APPLICANT = PEOPLE.citizen2;

for (const kind of ENGINES) {
  describe(`ISSUE-16: ЭНП online applications [${kind}]`, () => {
    const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
    let system: System;
    let mailbox: Mailbox;
    let caseNumber: string;
    let caseId: string;
    beforeAll(async () => {
      mailbox = await startMailbox();
      ({ system } = await startTestSystem(kind, { ...ENP_ENV, SMTP_URL: mailbox.url, EMAIL_FROM: 'enp@oryndau.test' }, clock));
      const made = await caseWithActs(system, clock.now(), 'civil', ['decision']);
      caseId = made.caseId;
      caseNumber = ((await made.office.get(`/api/court-cases/${caseId}`)).json() as { number: string }).number;
    });
    afterAll(async () => {
      await system?.stop();
      await mailbox?.close();
    });

    const applicant = async (language: 'kk' | 'ru' = 'kk') => {
      const c = new TestClient(system, language);
      expect((await c.signIn(APPLICANT)).statusCode).toBe(200);
      return c;
    };

    it('ENP-7, ENP-9: applied online with ЭЦП and a power of attorney → in the court\'s queue → approved: the password is e-mailed (kk and ru) and opens the case', async () => {
      const c = await applicant();
      const draft = await draftApplication(c, caseNumber);
      expect(draft).toMatchObject({ status: 'draft', number: null, attachments: [{ name: 'сенімхат.pdf' }] });
      // A Word file is not accepted (PDF or JPEG only); nothing is attached.
      const docx = await c.request({ method: 'POST', url: `/api/enp/applications/${draft.id}/files`, ...multipart({ name: 'a.docx', bytes: fixture('claim.docx') }) });
      expect(docx.statusCode).toBe(422);
      expect(docx.json()).toMatchObject({ code: 'enp.application_file_type' });

      const office = await staff(system, PEOPLE.office, 'ru');
      const before = ((await office.get('/api/enp/office/applications/count')).json() as { submitted: number }).submitted;
      const signed = await signApplication(system, c, draft.id, APPLICANT);
      expect(signed.statusCode, signed.body).toBe(200);
      const mine = ((await c.get('/api/enp/applications')).json() as { items: ApplicationView[] }).items.find((a) => a.id === draft.id)!;
      expect(mine.status).toBe('submitted');
      expect(mine.number).toMatch(/^ЭНП-2026-\d{6}$/);
      // The applicant is not told whether the number names a case.
      expect(mine.caseFound).toBeNull();

      expect((await office.get('/api/enp/office/applications/count')).json()).toEqual({ submitted: before + 1 });
      const queue = (await office.get('/api/enp/office/applications')).json() as { items: ApplicationView[] };
      const item = queue.items.find((a) => a.id === draft.id)!;
      expect(item).toMatchObject({ status: 'submitted', caseFound: true });
      // Staff see the signature the server checked (the applicant's own IIN); the applicant's view carries none.
      expect((item as unknown as { signature: unknown }).signature).toMatchObject({ signerIin: APPLICANT, valid: true });
      expect((mine as unknown as { signature: unknown }).signature).toBeNull();
      const poa = await office.get(`/api/enp/applications/${draft.id}/files/1`);
      expect(poa.statusCode).toBe(200);
      expect(poa.headers['content-type']).toBe('application/pdf');
      // A judge sees the queue but does not decide.
      const judge = await staff(system, PEOPLE.judgeCivil);
      expect((await judge.post(`/api/enp/office/applications/${draft.id}/approve`, { version: item.version })).statusCode).toBe(403);

      const approved = await office.post(`/api/enp/office/applications/${draft.id}/approve`, { version: item.version });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'approved' });
      expect(approved.body).not.toMatch(/password/i);
      expect((await office.get('/api/enp/office/applications/count')).json()).toEqual({ submitted: before });
      // Approving again: one clear 409.
      expect((await office.post(`/api/enp/office/applications/${draft.id}/approve`, { version: item.version })).json())
        .toMatchObject({ code: 'enp.application_state' });

      await deliver(system, true);
      const [mail, ...more] = mailbox.take('rep@example.kz');
      expect(more).toHaveLength(0);
      expect(mail!.subject).toContain('өтінім қанағаттандырылды');
      expect(mail!.subject).toContain('заявка');
      expect(mail!.text).toContain(caseNumber);
      const password = /Құпиясөз: (\S+)/.exec(mail!.text ?? '')?.[1];
      expect(password).toBeTruthy();
      expect(mail!.text).toContain(`Пароль: ${password}`);
      // Delivered: the password lives on in the applicant's mailbox only — the outbox keeps the e-mail with it masked.
      const stored = (await system.db.query<{ body: string; secrets: string[] | null }>(
        'SELECT body, secrets FROM outbox WHERE recipient = $1 AND sent_at IS NOT NULL', ['rep@example.kz'])).rows;
      expect(stored).toHaveLength(1);
      expect(stored[0]!.body).not.toContain(password!);
      expect(stored[0]!.body).toContain('Құпиясөз: ••••••');
      expect(stored[0]!.secrets).toBeNull();

      const portal = new PortalClient(system);
      const found = await portal.search(APPLICANT, password!);
      expect(found.statusCode, found.body).toBe(200);
      expect(found.json()).toMatchObject({ caseId });
      expect(((await portal.get('/api/enp/case')).json() as { me: { category: string } }).me.category).toBe('representative');
      const accesses = (await office.get(`/api/enp/office/cases/${caseId}/accesses`)).json() as { items: { iin: string; channel: string; replacedAt: string | null }[] };
      expect(accesses.items.find((a) => a.iin === APPLICANT && a.replacedAt === null)?.channel).toBe('online');
      const journal = (await system.db.query<{ action: string }>(
        `SELECT action FROM journal WHERE object_id = $1 ORDER BY seq`, [draft.id])).rows.map((r) => r.action);
      expect(journal).toEqual(expect.arrayContaining(['enp.application_created', 'enp.application_file_added', 'enp.application_submitted',
        'enp.application_file_read', 'enp.application_approved']));
    });

    it('ENP-7: an attachment keeps the name its sender gave it, though the same bytes were stored before under another name', async () => {
      const c = await applicant();
      // The second draft's power of attorney is the same bytes as the first draft's «сенімхат.pdf».
      await draftApplication(c, caseNumber);
      const created = await c.post('/api/enp/applications', { courtId: ESIL, caseNumber, category: 'representative', email: 'rep@example.kz', language: 'ru' });
      const id = (created.json() as ApplicationView).id;
      const attached = await c.request({ method: 'POST', url: `/api/enp/applications/${id}/files`,
        ...multipart({ name: 'доверенность.pdf', bytes: fixture('claim-libreoffice.pdf') }) });
      expect(attached.statusCode, attached.body).toBe(201);
      expect((attached.json() as { attachments: { name: string }[] }).attachments.map((a) => a.name)).toEqual(['доверенность.pdf']);
    });

    it('ENP-9: refused with a reference reason and the court\'s words — the applicant reads both, by e-mail in kk and ru and in their list', async () => {
      const c = await applicant('ru');
      const draft = await draftApplication(c, 'НЕТ-ТАКОГО-ДЕЛА', { language: 'ru', email: 'refused@example.kz' });
      expect((await signApplication(system, c, draft.id, APPLICANT)).statusCode).toBe(200);
      const office = await staff(system, PEOPLE.office, 'kk');
      const item = (await office.get(`/api/enp/office/applications/${draft.id}`)).json() as ApplicationView;
      expect(item).toMatchObject({ status: 'submitted', caseFound: false });
      // No case: it cannot be approved; «other» needs words; a stale version is 409.
      expect((await office.post(`/api/enp/office/applications/${draft.id}/approve`, { version: item.version })).json())
        .toMatchObject({ code: 'enp.application_no_case' });
      expect((await office.post(`/api/enp/office/applications/${draft.id}/refuse`, { version: item.version, reason: 'other', text: ' ' })).statusCode)
        .toBe(400);
      expect((await office.post(`/api/enp/office/applications/${draft.id}/refuse`, { version: item.version + 5, reason: 'no_such_case' })).statusCode)
        .toBe(409);
      const refused = await office.post(`/api/enp/office/applications/${draft.id}/refuse`,
        { version: item.version, reason: 'no_such_case', text: 'Проверьте номер дела в повестке.' });
      expect(refused.statusCode, refused.body).toBe(200);

      const mine = ((await c.get('/api/enp/applications')).json() as { items: ApplicationView[] }).items.find((a) => a.id === draft.id)!;
      expect(mine).toMatchObject({ status: 'refused', refusal: { reason: 'no_such_case', text: 'Проверьте номер дела в повестке.',
        reasonName: { kk: 'Көрсетілген нөмірлі іс осы сотта жоқ', ru: 'Дела с указанным номером в этом суде нет' } } });
      await deliver(system);
      const [mail] = mailbox.take('refused@example.kz');
      expect(mail!.subject).toMatch(/^ЭНП: по заявке ЭНП-2026-\d{6} отказано \/ ЭНП: /);
      for (const expected of ['Причина: Дела с указанным номером в этом суде нет', 'Себебі: Көрсетілген нөмірлі іс осы сотта жоқ',
        'Проверьте номер дела в повестке.']) expect(mail!.text).toContain(expected);
    });

    it('ENP-7: the checklist binds the signer\'s IIN — signed with another person\'s key, the application is not registered', async () => {
      const c = await applicant();
      const draft = await draftApplication(c, caseNumber, { email: 'other-key@example.kz' });
      const signed = await signApplication(system, c, draft.id, PEOPLE.citizen);
      expect(signed.statusCode).toBe(422);
      const after = (await c.get(`/api/enp/applications/${draft.id}`)).json() as ApplicationView;
      expect(after).toMatchObject({ status: 'draft', number: null });
      // Not in the court's queue; another citizen cannot even see it.
      const office = await staff(system, PEOPLE.office);
      expect((await office.get(`/api/enp/office/applications/${draft.id}`)).statusCode).toBe(404);
      const other = new TestClient(system);
      expect((await other.signIn(PEOPLE.citizen)).statusCode).toBe(200);
      expect((await other.get(`/api/enp/applications/${draft.id}`)).statusCode).toBe(404);
      expect((await other.post(`/api/enp/applications/${draft.id}/signing`)).statusCode).toBe(404);
    });
  });
}
