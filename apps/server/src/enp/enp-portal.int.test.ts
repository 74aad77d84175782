import { expect, it } from 'vitest';
import { courts } from '@oryndau/domain';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { staff } from '../courts/acts/court-acts-test-support';
import { ESIL, PEOPLE } from '../courts/office-test-support';
import { ENP_ENV, PortalClient, caseWithActs, issue, pdfText } from './enp-test-support';

// Issue 16 (ЭНП): the office issues a password and prints the card, the
// participant searches with IIN and password and sees the case; re-issue,
// lockouts, and the two access histories.

type CaseView = {
  case: { number: string; form: string; court: { kk: string; ru: string }; region: { kk: string; ru: string }; archived: boolean };
  me: { category: string }; participants: { category: string; names: string[] }[]; course: { date: string; kind: string }[];
  documents: { id: string; kind: string; date: string; size: number; downloadUrl: string; verifyUrl: string | null }[];
};
const MM = 72 / 25.4;
const PARTICIPANT = '900101300017';

describeSystemOnEachEngine('ISSUE-16: ЭНП office and portal', ({ system, clock }) => {
  const advance = () => clock.set(new Date(clock.now().getTime() + 3_600_000));

  it('ENP-1, ENP-2, ENP-3, ENP-4: office issue → card PDF (text, court margins) → search → the case with course and documents oldest first', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    await system().db.query('UPDATE courts SET card_margin_left_mm = 20, card_margin_top_mm = 30 WHERE organisation_id = $1', [ESIL]);
    const { caseId, acts, office } = await caseWithActs(system(), clock.now(), 'civil', ['ruling', 'decision'], advance);
    const issued = await issue(office, caseId, { iin: PARTICIPANT, fullName: 'Өмірзақов Ержан', category: 'plaintiff' });
    expect(issued.replaced).toBe(false);
    expect(issued.password).toMatch(/^[ACDEFGHJKLMNPQRTUVWXYabcdefghijkmnpqrstwxyz34679]{10}$/);

    const card = pdfText(issued.cardPdf);
    const flat = card.text.replace(/\s+/g, ' ');
    const number = ((await office.get(`/api/court-cases/${caseId}`)).json() as { number: string }).number;
    for (const expected of ['Астана қаласы Есіл аудандық соты', 'Іс нөмірі / Номер дела', 'Кіріс нөмірі / Входящий номер', issued.password,
      'https://enp.oryndau.test/portal', 'Лица (стороны) по делу', number,
      `${courts.PARTICIPANT_CATEGORY_TEXTS.plaintiff.kk} / ${courts.PARTICIPANT_CATEGORY_TEXTS.plaintiff.ru}:`]) expect(flat).toContain(expected);
    // The text box starts at the court's margins: 20 mm from the left, 30 mm from the top (the first line's box, its ascent aside).
    expect(Math.min(...card.words.map((w) => w.xMin))).toBeCloseTo(20 * MM, 0);
    const first = card.words[0]!;
    expect(first.yMin).toBeGreaterThanOrEqual(30 * MM - 1);
    expect(first.yMin).toBeLessThan(30 * MM + 4);

    const portal = new PortalClient(system());
    const signed = await portal.search(PARTICIPANT, issued.password);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ caseId });
    expect(portal.cookie('oryndau_enp')).toBeTruthy();
    const view = await portal.get('/api/enp/case');
    expect(view.statusCode, view.body).toBe(200);
    const c = view.json() as CaseView;
    expect(c.case).toMatchObject({ form: 'civil', archived: false, number });
    expect(c.me.category).toBe('plaintiff');
    expect(c.participants.map((p) => p.category)).toEqual(expect.arrayContaining(['plaintiff', 'defendant']));
    const courseDates = c.course.map((e) => e.date);
    expect(courseDates).toEqual([...courseDates].sort());
    expect(c.course[0]!.kind).toBe('registered');
    // Two filed documents, then the ruling, then the decision: oldest first.
    expect(c.documents.map((d) => d.kind)).toEqual(['case_document', 'case_document', 'ruling', 'decision']);
    expect(c.documents[2]!.id).toBe(`act:${acts[0]!.id}`);
    expect(c.documents[3]!.verifyUrl).toMatch(/^\/verify\//);
    const act = await portal.get(c.documents[3]!.downloadUrl);
    expect(act.statusCode).toBe(200);
    expect(act.headers['content-type']).toBe('application/pdf');
    expect(act.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await portal.get(c.documents[0]!.downloadUrl);
    expect(doc.statusCode).toBe(200);
    expect(doc.rawPayload.length).toBe(c.documents[0]!.size);

    // Signed out: the case is no longer open.
    expect((await portal.post('/api/enp/sign-out')).statusCode).toBe(204);
    expect((await portal.get('/api/enp/case')).json()).toMatchObject({ code: 'enp.signed_out' });
  });

  it('ENP-1: a re-issue replaces the old password (and ends its sessions); the list shows both, never a hash', async () => {
    const { caseId, office } = await caseWithActs(system(), clock.now(), 'civil', []);
    const first = await issue(office, caseId, { iin: PARTICIPANT });
    const portal = new PortalClient(system());
    expect((await portal.search(PARTICIPANT, first.password)).statusCode).toBe(200);
    const second = await issue(office, caseId, { iin: PARTICIPANT, category: 'representative' });
    expect(second.replaced).toBe(true);
    expect((await portal.get('/api/enp/case')).statusCode).toBe(401);
    expect((await new PortalClient(system()).search(PARTICIPANT, first.password)).json()).toMatchObject({ code: 'enp.credentials' });
    const again = new PortalClient(system());
    expect((await again.search(PARTICIPANT, second.password)).statusCode).toBe(200);
    expect(((await again.get('/api/enp/case')).json() as CaseView).me.category).toBe('representative');
    const list = await office.get(`/api/enp/office/cases/${caseId}/accesses`);
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: { id: string; replacedAt: string | null }[] }).items;
    expect(items.map((i) => [i.id, i.replacedAt === null])).toEqual([[second.accessId, true], [first.accessId, false]]);
    expect(list.body).not.toMatch(/scrypt|password/i);
  });

  it('ENP-1: a judge and a citizen cannot issue; a bad IIN or a missing field is a 400, never a 500', async () => {
    const { caseId, office } = await caseWithActs(system(), clock.now(), 'civil', []);
    const body = { iin: PARTICIPANT, fullName: 'А', category: 'plaintiff', appliedOn: '2026-03-02', email: 'a@b.kz', representedEntity: null };
    expect((await (await staff(system(), PEOPLE.judgeCivil)).post(`/api/enp/office/cases/${caseId}/accesses`, body)).statusCode).toBe(403);
    expect((await (await staff(system(), PEOPLE.citizen)).post(`/api/enp/office/cases/${caseId}/accesses`, body)).statusCode).toBe(404);
    expect((await office.post(`/api/enp/office/cases/${caseId}/accesses`, { ...body, iin: '900101300018' })).json())
      .toMatchObject({ code: 'iin.invalid' });
    expect((await office.post(`/api/enp/office/cases/${caseId}/accesses`, { ...body, email: '' })).statusCode).toBe(400);
    expect((await office.post('/api/enp/office/cases/not-a-uuid/accesses', body)).statusCode).toBe(400);
  });

  it('ENP-3: a wrong IIN and a wrong password answer the same 401 in kk and ru; the IIN locks after 3 failures, 429 with retryAt', async () => {
    const { caseId, office } = await caseWithActs(system(), clock.now(), 'civil', []);
    const iin = '850505300011';
    const issued = await issue(office, caseId, { iin });
    const wrongIin = await new PortalClient(system()).search('851212300011', issued.password);
    const wrongPassword = await new PortalClient(system()).search(iin, 'ACDEFGHJKL');
    expect(wrongIin.statusCode).toBe(401);
    expect(wrongPassword.statusCode).toBe(401);
    const shape = (r: typeof wrongIin) => JSON.stringify({ ...(r.json() as Record<string, unknown>), requestId: null });
    expect(shape(wrongIin)).toBe(shape(wrongPassword));
    expect(wrongIin.json()).toMatchObject({ code: 'enp.credentials', message: expect.stringContaining('ИИН') });
    const kk = await new PortalClient(system(), undefined, 'kk').search(iin, 'ACDEFGHJKM');
    expect(kk.json()).toMatchObject({ code: 'enp.credentials', message: expect.stringContaining('ЖСН') });
    // The third failure for the IIN (each from its own address) locks it — even for the right password afterwards.
    const third = await new PortalClient(system()).search(iin, 'ACDEFGHJKN');
    expect(third.statusCode).toBe(429);
    const retryAt = (third.json() as { details: { retryAt: string } }).details.retryAt;
    expect(new Date(retryAt).getTime()).toBe(clock.now().getTime() + 15 * 60_000);
    expect((await new PortalClient(system()).search(iin, issued.password)).statusCode).toBe(429);
    clock.set(new Date(clock.now().getTime() + 16 * 60_000));
    expect((await new PortalClient(system()).search(iin, issued.password)).statusCode).toBe(200);
  });

  it('ENP-3: one address guessing many IINs locks after 6 failures; other addresses are not affected', async () => {
    const { caseId, office } = await caseWithActs(system(), clock.now(), 'civil', []);
    const issued = await issue(office, caseId, { iin: '870707300013' });
    const guesser = new PortalClient(system());
    const iins = ['800101300006', '810101300018', '820101300019', '830101300011', '840101300013', '850101300015'];
    const answers: number[] = [];
    for (const iin of iins) answers.push((await guesser.search(iin, 'ACDEFGHJKL')).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await guesser.search('870707300013', issued.password)).statusCode).toBe(429);
    expect((await new PortalClient(system()).search('870707300013', issued.password)).statusCode).toBe(200);
  });

  it('ENP-11: every view and download is journalled; the participant sees when and by which category or the court office, the staff see IIN and address', async () => {
    const { caseId, office } = await caseWithActs(system(), clock.now(), 'civil', ['ruling']);
    const issued = await issue(office, caseId, { iin: PARTICIPANT, category: 'defendant' });
    const portal = new PortalClient(system());
    await portal.search(PARTICIPANT, issued.password);
    const c = (await portal.get('/api/enp/case')).json() as CaseView;
    expect((await portal.get(c.documents[0]!.downloadUrl)).statusCode).toBe(200);
    expect((await office.get(`/api/enp/office/cases/${caseId}/documents`)).statusCode).toBe(200);

    const mine = await portal.get('/api/enp/case/access-history');
    expect(mine.statusCode).toBe(200);
    const items = (mine.json() as { items: { action: string; who: { ru: string } }[] }).items;
    expect(items.map((i) => [i.action, i.who.ru])).toEqual([
      ['case_viewed', 'Канцелярия суда'], ['document_downloaded', 'Ответчик'], ['case_viewed', 'Ответчик']]);
    expect(mine.body).not.toContain(PARTICIPANT);
    expect(mine.body).not.toContain(portal.address);

    const staffView = await office.get(`/api/enp/office/cases/${caseId}/access-history`);
    expect(staffView.statusCode).toBe(200);
    const rows = (staffView.json() as { items: { action: string; iin: string | null; category: string | null; address: string | null;
      fullName: string | null; documentTitle: string | null }[] }).items;
    expect(rows[1]).toMatchObject({ action: 'document_downloaded', iin: PARTICIPANT, category: 'defendant', address: portal.address,
      fullName: 'Иванов Иван', documentTitle: expect.any(String) });
    expect(rows[2]).toMatchObject({ action: 'case_viewed', iin: PARTICIPANT, address: portal.address });
    expect((await portal.get(`/api/enp/office/cases/${caseId}/access-history`)).statusCode).toBe(401);
  });
}, ENP_ENV);
