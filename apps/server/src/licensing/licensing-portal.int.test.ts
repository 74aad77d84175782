import { expect, it } from 'vitest';
import { TestClient, describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { AppView } from './licensing-test-support';
import { LIC, LIC_ENV, ZHAMBYL, attach, issueAsOfficer, pay, portalDraft, registeredPortalApplication, signWith, signedIn } from './licensing-test-support';

// Issue 17: the portal and staff channels end to end on both engines — the
// applicant (signed in to the cabinet) applies, pays at the gateway
// simulator, signs with the demo key; the officer reviews and issues; the
// register, the public verification, the PDFs and the survey follow.

describeSystemOnEachEngine('ISSUE-17: licensing of private bailiffs — portal and staff channels', ({ system }) => {
  it('LIC-1, LIC-2, LIC-4, LIC-5, LIC-6, LIC-8: portal issue end to end — paid, signed, registered with number and deadline, issued, verified, PDF kk/ru, survey', async () => {
    const c = await signedIn(system(), LIC.applicant, TestClient, 'kk');
    const { id, signed } = await registeredPortalApplication(system(), c, LIC.applicant);
    expect(signed.statusCode, signed.body).toBe(200);
    const registered = (await c.get(`/api/licensing/applications/${id}`)).json() as AppView;
    // 2 March 2026, 10:00 in Astana: 15 working days from 3 March, 9 March and 23–25 March not counted.
    expect(registered).toMatchObject({ status: 'registered', deadline: '2026-03-27', workingDaysLeft: 15, fee: { amountTiyn: 10 * 4325 * 100, paid: true } });
    expect(registered.number).toMatch(/^ЛЗ-2026-\d{6}$/);
    // LIC-7: another citizen does not see it.
    const stranger = await signedIn(system(), LIC.citizen, TestClient);
    expect((await stranger.get(`/api/licensing/applications/${id}`)).statusCode).toBe(404);

    const officer = await signedIn(system(), LIC.officer, TestClient);
    const issued = await issueAsOfficer(system(), officer, id);
    expect(issued.status).toBe('issued');
    expect(issued.licence!.number).toMatch(/^ЧСИ-\d{8}$/);
    const register = (await officer.get(`/api/licensing/register?iin=${LIC.applicant}`)).json() as { items: { number: string; status: string }[] };
    expect(register.items).toEqual([expect.objectContaining({ number: issued.licence!.number, status: 'valid' })]);
    const csv = await officer.get(`/api/licensing/register/export?format=csv&iin=${LIC.applicant}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(issued.licence!.number);
    expect(csv.body).toContain('Қолданыста / Действует');
    const xlsx = await officer.get(`/api/licensing/register/export?format=xlsx&iin=${LIC.applicant}`);
    expect(xlsx.statusCode).toBe(200);
    const JSZip = (await import('jszip')).default;
    const sheet = await (await JSZip.loadAsync(xlsx.rawPayload)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain(issued.licence!.number);
    expect((await c.get('/api/licensing/register')).statusCode).toBe(403);
    const verified = await new TestClient(system()).get(`/api/licensing/verify/${encodeURIComponent(issued.licence!.number)}`);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'valid', statusName: { kk: 'Қолданыста', ru: 'Действует' } });
    for (const lang of ['kk', 'ru'] as const) {
      const pdf = await c.get(`/api/licensing/applications/${id}/result.pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await c.post(`/api/licensing/applications/${id}/survey`, { process: 3, information: 2 })).statusCode).toBe(204);
    const again = await c.post(`/api/licensing/applications/${id}/survey`, { process: 1, information: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'licensing.survey_answered' });
    const dashboard = (await officer.get('/api/licensing/dashboard')).json() as { answers: number; shareDecidedInTime: number };
    expect(dashboard.answers).toBe(1);
    expect(dashboard.shareDecidedInTime).toBe(1);
    // LIC-7: the officer's view and the result's download are journalled.
    const journal = await system().db.query<{ action: string }>('SELECT action FROM journal WHERE object_id = $1', [id]);
    expect(journal.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['licensing.application_viewed', 'licensing.result_downloaded',
      'licensing.application_registered']));
  });

  it('LIC-2 (condition 2): a payment declined at the gateway refuses the application as unpaid', async () => {
    const c = await signedIn(system(), LIC.citizen, TestClient);
    const draft = await portalDraft(c);
    const signEarly = await c.post(`/api/licensing/applications/${draft.id}/signing`);
    expect(signEarly.json()).toMatchObject({ code: 'licensing.not_paid' });
    const checked = await pay(system(), c, draft.id, 'failed');
    expect(checked.statusCode).toBe(422);
    expect(checked.json()).toMatchObject({ code: 'licensing.not_paid' });
    const view = (await c.get(`/api/licensing/applications/${draft.id}`)).json() as AppView;
    expect(view).toMatchObject({ status: 'refused', refusal: { reasons: [{ code: 'not_paid' }] } });
  });

  it('LIC-2 (condition 3): a certificate of another IIN refuses the application with the reason', async () => {
    const c = await signedIn(system(), LIC.citizen, TestClient, 'kk');
    const { id, signed } = await registeredPortalApplication(system(), c, LIC.citizen2);
    expect(signed.statusCode).toBe(422);
    expect(signed.json()).toMatchObject({ code: 'licensing.signature_refused' });
    expect(signed.json().message).toContain('ЭЦҚ');
    const view = (await c.get(`/api/licensing/applications/${id}`)).json() as AppView;
    expect(view).toMatchObject({ status: 'refused', refusal: { reasons: [{ code: 'signature_not_confirmed' }] } });
  });

  it('LIC-3: staff channel — a person missing from ГБД ФЛ is refused; a present one is entered, paper documents scanned, registered', async () => {
    const officer = await signedIn(system(), LIC.officer, TestClient);
    const gbd = system().external.simulators!.control.gbdFl;
    gbd.setPerson('880101300050', null);
    const missing = await officer.post('/api/licensing/staff/applications', { service: 'issue', regionKato: ZHAMBYL, language: 'ru', applicantIin: '880101300050' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'licensing.person_not_found' });
    const refusal = await system().db.query('SELECT 1 FROM journal WHERE action = $1 AND subject_iin = $2', ['licensing.application_refused_gbd', '880101300050']);
    expect(refusal.rows).toHaveLength(1);

    gbd.registerPerson('880101300050', { surname: 'Тестов', name: 'Марат' });
    const entered = await officer.post('/api/licensing/staff/applications', { service: 'issue', regionKato: ZHAMBYL, language: 'ru', applicantIin: '880101300050' });
    expect(entered.statusCode, entered.body).toBe(201);
    const app = entered.json() as AppView;
    const early = await officer.post(`/api/licensing/staff/applications/${app.id}/register`, { version: app.version });
    expect(early.json()).toMatchObject({ code: 'licensing.documents_missing' });
    let last = app;
    for (const code of ['identity', 'law_diploma', 'work_record', 'internship', 'exam_result', 'medical_narcology', 'medical_psychiatry']) {
      last = await attach(officer, app.id, code, true);
    }
    const registered = await officer.post(`/api/licensing/staff/applications/${app.id}/register`, { version: last.version });
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json()).toMatchObject({ status: 'registered', deadline: '2026-03-27' });
    const review = (await officer.get(`/api/licensing/office/applications/${app.id}`)).json() as { status: string; gbdPerson: { surname: string } };
    expect(review).toMatchObject({ status: 'under_review', gbdPerson: { surname: 'Тестов' } });
  });

  it('LIC-1: returned for correction, resubmitted with what was missing, then refused with reasons (kk/ru) and an e-mail', async () => {
    const c = await signedIn(system(), LIC.citizen2, TestClient);
    const { id, signed } = await registeredPortalApplication(system(), c, LIC.citizen2);
    expect(signed.statusCode, signed.body).toBe(200);
    const officer = await signedIn(system(), LIC.officer, TestClient);
    const view = (await officer.get(`/api/licensing/office/applications/${id}`)).json() as AppView;
    const returned = await officer.post(`/api/licensing/office/applications/${id}/return`, { version: view.version, text: 'Дипломның көшірмесі оқылмайды' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned_for_correction', correctionText: 'Дипломның көшірмесі оқылмайды' });
    const fixed = await attach(c, id, 'law_diploma');
    const resubmitted = await c.post(`/api/licensing/applications/${id}/resubmit`, { version: fixed.version });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: 'resubmitted' });
    const again = (await officer.get(`/api/licensing/office/applications/${id}`)).json() as AppView;
    expect(again.status).toBe('under_review');
    const bad = await officer.post(`/api/licensing/office/applications/${id}/refuse`, { version: again.version, reasons: ['not_paid'] });
    expect(bad.statusCode).toBe(400);
    const refused = await officer.post(`/api/licensing/office/applications/${id}/refuse`,
      { version: again.version, reasons: ['qualification_not_met'], text: 'Стаж менее года' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', refusal: { reasons: [{ code: 'qualification_not_met' }], text: 'Стаж менее года' } });
    const mails = await system().db.query<{ subject: string }>('SELECT subject FROM outbox WHERE recipient = $1 ORDER BY created_at', ['lic@example.kz']);
    expect(mails.rows.map((m) => m.subject)).toEqual(expect.arrayContaining(['Лицензия беруден бас тартылды / Отказано в выдаче лицензии']));
  });

  it('LIC-1, LIC-8: re-issue (name changed) and duplicate (lost) — each a new licence of the sequence; the one it replaces is "replaced"', async () => {
    const c = await signedIn(system(), LIC.applicant, TestClient);
    const officer = await signedIn(system(), LIC.officer, TestClient);
    const first = ((await officer.get(`/api/licensing/register?iin=${LIC.applicant}&status=valid`)).json() as { items: { number: string }[] }).items[0]!;
    const reissue = await registeredPortalApplication(system(), c, LIC.applicant, { service: 'reissue', reason: 'name_changed', licenceNumber: first.number });
    expect(reissue.signed.statusCode, reissue.signed.body).toBe(200);
    const reissued = await issueAsOfficer(system(), officer, reissue.id);
    expect(reissued.licence!.number).not.toBe(first.number);
    const duplicate = await registeredPortalApplication(system(), c, LIC.applicant, { service: 'duplicate', reason: 'lost', licenceNumber: reissued.licence!.number });
    expect(duplicate.signed.statusCode, duplicate.signed.body).toBe(200);
    const dup = await issueAsOfficer(system(), officer, duplicate.id);
    const all = ((await officer.get(`/api/licensing/register?iin=${LIC.applicant}`)).json() as { items: { number: string; status: string }[] }).items;
    expect(all.map((l) => [l.number, l.status])).toEqual([[first.number, 'replaced'], [reissued.licence!.number, 'replaced'], [dup.licence!.number, 'valid']]);
    const old = (await new TestClient(system()).get(`/api/licensing/verify/${encodeURIComponent(first.number)}`)).json();
    expect(old).toMatchObject({ status: 'replaced' });
    // A duplicate of a licence that is not current is refused at the form.
    const stale = await c.post('/api/licensing/applications', { service: 'duplicate', reason: 'lost', licenceNumber: first.number, regionKato: ZHAMBYL,
      language: 'ru' });
    expect(stale.statusCode).toBe(400);
  });

  it('LIC-2 (condition 3): a revoked certificate refuses the application', async () => {
    const { devCa, parseCertificate, openPkcs12 } = await import('@oryndau/esign');
    const { nodePkiDirectory } = await import('@oryndau/esign/node');
    const { readFileSync } = await import('node:fs');
    const c = await signedIn(system(), LIC.citizen2, TestClient);
    const draft = await portalDraft(c);
    expect((await pay(system(), c, draft.id, 'paid')).statusCode).toBe(200);
    const dir = nodePkiDirectory(system().trust.pkiDir);
    const state = (await devCa.loadDevPki(dir))!;
    const key = await openPkcs12(new Uint8Array(readFileSync(`${system().trust.pkiDir}/demo-keys/${LIC.citizen2}-sign.p12`)), 'Demo1234');
    const now = new Date('2026-03-02T04:59:00Z');
    await devCa.publishDevCrls(dir, devCa.revokeSerial(state, parseCertificate(key.certificate).serialNumber, now), new Date('2026-03-02T05:00:00Z'));
    const signed = await signWith(system(), c, `/api/licensing/applications/${draft.id}/signing`, LIC.citizen2);
    expect(signed.statusCode).toBe(422);
    expect(signed.json()).toMatchObject({ code: 'licensing.signature_refused' });
    expect(signed.json().details.reasons.map((r: { code: string }) => r.code)).toContain('revoked');
    const view = (await c.get(`/api/licensing/applications/${draft.id}`)).json() as AppView;
    expect(view).toMatchObject({ status: 'refused', refusal: { reasons: [{ code: 'signature_not_confirmed' }] } });
  });
}, LIC_ENV);
