import { verifyJournal } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { ESIL, OFFICE_ENV, PEOPLE, addStaff, receivedFiling } from './office-test-support';

// ISSUE-14 item 8 (FILE-11, FILE-12, X-4) and item 1: the court office's
// queue, registration card, registration into a new or an existing case
// with distribution to a judge, refusal on one of the seven grounds of §37.

type Card = {
  filing: { version: number; appendix: { file: { downloadUrl: string } | null }[]; overdue: boolean; status: string };
  warnings: { code: string; ground: string; text: { kk: string; ru: string } }[];
  proposal: { judgeUserId: string; fullName: string; reason: { kk: string; ru: string } } | null;
  judges: { userId: string; fullName: string }[];
  duplicateOf: { number: string | null } | null;
  targetCase: { id: string; number: string; sameCourt: boolean } | null;
  refusalGrounds: { code: string }[];
};

describeSystemOnEachEngine('ISSUE-14 item 8: registration by the court office', ({ system, client, clock }) => {
  const office = async (locale: 'kk' | 'ru' = 'ru', iin: string = PEOPLE.office): Promise<TestClient> => {
    const c = client(locale);
    expect((await c.signIn(iin)).statusCode).toBe(200);
    return c;
  };
  const outbox = async (recipient: string) => (await system().db.query<{ subject: string; body: string }>(
    'SELECT subject, body FROM outbox WHERE recipient = $1 ORDER BY created_at DESC, id DESC', [recipient])).rows;
  const journal = async (objectId: string) => (await system().db.query<{ action: string; details: Record<string, unknown> }>(
    'SELECT action, details FROM journal WHERE object_id = $1 ORDER BY seq', [objectId])).rows;

  it('ISSUE-14 item 8, FILE-11, FILE-12, X-4: a received claim is in the queue, its card proposes a judge with a reason; registered into a new case with that judge — number, participants, course, documents, journal, e-mail in the applicant\'s language', async () => {
    const db = system().db;
    await db.query(`UPDATE users SET locale = 'kk' WHERE iin = $1`, [PEOPLE.citizen]);
    const filing = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen });
    const c = await office('ru');

    const queue = await c.get('/api/court-office/incoming');
    expect(queue.statusCode, queue.body).toBe(200);
    const item = (queue.json() as { today: string; filings: { id: string; registrationDay: string; overdue: boolean; received: { time: string } }[] })
      .filings.find((f) => f.id === filing.id);
    expect(item).toMatchObject({ registrationDay: '2026-03-02', overdue: false, received: { time: '10:00' } });

    const cardAnswer = await c.get(`/api/court-office/filings/${filing.id}`);
    expect(cardAnswer.statusCode, cardAnswer.body).toBe(200);
    const card = cardAnswer.json() as Card;
    expect(card.warnings).toEqual([]);
    expect(card.refusalGrounds.map((g) => g.code)).toEqual([...courts.REFUSAL_GROUNDS]);
    expect(card.proposal).not.toBeNull();
    // Civil: one of the two civil judges of the Esil court, never the criminal one; the reason names the judge in both languages.
    const civilJudges = card.judges.filter((j) => j.fullName !== 'Әлиева Гүлнар Серікқызы').map((j) => j.userId);
    expect(civilJudges).toContain(card.proposal!.judgeUserId);
    expect(card.proposal!.reason.ru).toContain(card.proposal!.fullName);
    expect(card.proposal!.reason.kk).toContain(card.proposal!.fullName);
    const download = await c.get(card.filing.appendix[0]!.file!.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body.startsWith('%PDF')).toBe(true);

    const registered = await c.post(`/api/court-office/filings/${filing.id}/register`,
      { version: card.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId });
    expect(registered.statusCode, registered.body).toBe(200);
    const answer = registered.json() as { case: { id: string; number: string; created: boolean }; judge: { userId: string; reason: { ru: string } } };
    expect(answer.case.created).toBe(true);
    expect(answer.case.number).toMatch(/^7114-26-00-2\/\d+$/);
    expect(courts.parseCaseNumber(answer.case.number)).toMatchObject({ courtCode: '7114', year: 2026, form: 'civil' });
    expect(answer.judge.reason).toEqual(card.proposal!.reason);

    const view = await c.get(`/api/court-cases/${answer.case.id}`);
    expect(view.statusCode, view.body).toBe(200);
    const kase = view.json() as {
      number: string; status: string; registeredOn: string; instance: string; form: string;
      judges: { userId: string; current: boolean; reason: { ru: string } }[];
      participants: { category: string; people: { iinBin: string }[] }[];
      events: { kind: string; localDate: string; name: { ru: string } }[];
      documents: { title: string; downloadUrl: string }[];
    };
    expect(kase).toMatchObject({ number: answer.case.number, status: 'assigned', registeredOn: '2026-03-02', instance: 'first', form: 'civil' });
    expect(kase.judges).toEqual([expect.objectContaining({ userId: card.proposal!.judgeUserId, current: true, reason: expect.objectContaining({ ru: card.proposal!.reason.ru }) })]);
    expect(kase.participants.map((g) => [g.category, g.people.map((p) => p.iinBin)])).toEqual([
      ['plaintiff', [PEOPLE.citizen]], ['defendant', [PEOPLE.citizen2]],
    ]);
    expect(kase.events.map((e) => [e.kind, e.localDate])).toEqual([['registered', '2026-03-02'], ['judge_assigned', '2026-03-02']]);
    expect(kase.events[1]!.name.ru).toBe('Назначен судья');
    expect(kase.documents.map((d) => d.title)).toEqual(['Қарыз қолхаты / Долговая расписка', 'Төлем түбіртегі / Квитанция']);
    expect((await c.get(kase.documents[1]!.downloadUrl)).statusCode).toBe(200);

    // The filing is registered into that case; the queue no longer lists it.
    const after = (await c.get(`/api/court-office/filings/${filing.id}`)).json() as Card & { filing: { registeredCase: { number: string } } };
    expect(after.filing.status).toBe('registered');
    expect(after.filing.registeredCase.number).toBe(answer.case.number);
    expect(((await c.get('/api/court-office/incoming')).json() as { filings: { id: string }[] }).filings.map((f) => f.id)).not.toContain(filing.id);

    // Journalled: registration of the filing, distribution of the case.
    expect((await journal(filing.id)).map((e) => e.action)).toEqual(expect.arrayContaining(['courts.filing_registered', 'courts.applicant_notified']));
    const distributed = (await journal(answer.case.id)).find((e) => e.action === 'courts.case_distributed');
    expect(distributed?.details).toMatchObject({ judgeUserId: card.proposal!.judgeUserId, followedProposal: true });
    expect((await verifyJournal(db)).ok).toBe(true);

    // the applicant's e-mail, in Kazakh (their language).
    const [mail] = await outbox('citizen@oryndau.test');
    expect(mail?.subject).toBe(`№ ${filing.number} өтініш тіркелді`);
    expect(mail?.body).toContain(answer.case.number);
    expect(mail?.body).toContain('Менің істерім');
  });

  it('ISSUE-14 item 8, FILE-11: a judge other than the proposal is kept with the reason «chosen by the specialist»; a judge who is not an active judge of this court is a 400 naming the field', async () => {
    const db = system().db;
    const filing = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen2,
      parties: [{ category: 'defendant', kind: 'individual', iinBin: PEOPLE.citizen, name: 'Исабеков Данияр Асқарұлы' }] });
    const c = await office('kk');
    const card = (await c.get(`/api/court-office/filings/${filing.id}`)).json() as Card;
    const other = card.judges.find((j) => j.userId !== card.proposal!.judgeUserId)!;
    const stranger = await c.post(`/api/court-office/filings/${filing.id}/register`,
      { version: card.filing.version, into: 'new', judgeUserId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ code: 'validation' });
    expect((stranger.json() as { message: string }).message).toContain('белсенді судьяларының');
    const chosen = await c.post(`/api/court-office/filings/${filing.id}/register`, { version: card.filing.version, into: 'new', judgeUserId: other.userId });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const reason = (chosen.json() as { judge: { reason: { kk: string; ru: string } } }).judge.reason;
    expect(reason.ru).toContain('выбран(а) специалистом канцелярии');
    expect(reason.kk).toContain('кеңсе маманы');
  });

  it('ISSUE-14 item 8, item 1, FILE-11: remarks on the hearing record are registered into the existing case — its documents and a dated entry in its course', async () => {
    const db = system().db;
    const first = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen });
    const c = await office('ru');
    const card = (await c.get(`/api/court-office/filings/${first.id}`)).json() as Card;
    const opened = (await c.post(`/api/court-office/filings/${first.id}/register`,
      { version: card.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId })).json() as { case: { id: string; number: string } };

    clock.advance(60_000);
    const remarks = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen, service: 'hearing_record_remarks', targetCaseId: opened.case.id,
      attachments: 2 });
    const remarksCard = (await c.get(`/api/court-office/filings/${remarks.id}`)).json() as Card;
    expect(remarksCard.targetCase).toEqual({ id: opened.case.id, number: opened.case.number, sameCourt: true });
    const into = await c.post(`/api/court-office/filings/${remarks.id}/register`, { version: remarksCard.filing.version, into: { caseId: opened.case.id } });
    expect(into.statusCode, into.body).toBe(200);
    expect(into.json()).toMatchObject({ case: { id: opened.case.id, number: opened.case.number, created: false }, judge: null });
    const kase = (await c.get(`/api/court-cases/${opened.case.id}`)).json() as { events: { kind: string }[]; documents: unknown[]; judges: unknown[] };
    expect(kase.events.map((e) => e.kind)).toEqual(['registered', 'judge_assigned', 'documents_added']);
    expect(kase.documents).toHaveLength(4);
    expect(kase.judges).toHaveLength(1);
  });

  it('ISSUE-14 item 8, FILE-12, X-4: refused on a ground of §37 — status, the ground\'s text and the note sent by e-mail; a ground outside the seven or none is a 422', async () => {
    const db = system().db;
    await db.query(`UPDATE users SET locale = 'ru' WHERE iin = $1`, [PEOPLE.citizen2]);
    const filing = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen2, attachments: 1 });
    const c = await office('kk');
    const card = (await c.get(`/api/court-office/filings/${filing.id}`)).json() as Card;
    expect(card.warnings.map((w) => [w.code, w.ground])).toEqual([['attachments_missing', 'attachments_missing']]);

    const outside = await c.post(`/api/court-office/filings/${filing.id}/refuse`, { version: card.filing.version, ground: 'not_in_the_mood' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'courts.refusal_ground_unknown' });
    const none = await c.post(`/api/court-office/filings/${filing.id}/refuse`, { version: card.filing.version });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'courts.refusal_ground_required' });

    const refused = await c.post(`/api/court-office/filings/${filing.id}/refuse`,
      { version: card.filing.version, ground: 'attachments_missing', text: 'Квитанция не приложена.' });
    expect(refused.statusCode, refused.body).toBe(200);
    const body = refused.json() as { status: string; ground: string; message: { ru: string } };
    expect(body).toMatchObject({ status: 'refused', ground: 'attachments_missing' });
    expect(body.message.ru).toContain(courts.refusalMessage('attachments_missing').ru);
    expect(body.message.ru).toContain('Квитанция не приложена.');
    const after = (await c.get(`/api/court-office/filings/${filing.id}`)).json() as Card & { filing: { refusal: { ground: string } } };
    expect(after.filing.status).toBe('refused');
    expect(after.filing.refusal.ground).toBe('attachments_missing');
    // Registering it now is a 409 in the caller's language.
    const late = await c.post(`/api/court-office/filings/${filing.id}/register`, { version: after.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'courts.filing_transition_forbidden' });

    const [mail] = await outbox('citizen2@oryndau.test');
    expect(mail?.subject).toBe(`В регистрации обращения № ${filing.number} отказано`);
    expect(mail?.body).toContain('Не вложены документы и материалы, указанные в приложении');
    expect(mail?.body).toContain('Квитанция не приложена.');
    expect((await journal(filing.id)).find((e) => e.action === 'courts.filing_refused')?.details).toMatchObject({ ground: 'attachments_missing' });
  });

  it('ISSUE-14 items 8, 9, FILE-12: a duplicate of a registered filing — the card warns and names the earlier one; the office refuses it on «duplicate»', async () => {
    const db = system().db;
    const hash = 'ab'.repeat(32);
    const original = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen, contentHash: hash });
    const c = await office('ru');
    const card = (await c.get(`/api/court-office/filings/${original.id}`)).json() as Card;
    expect(card.duplicateOf).toBeNull();
    expect((await c.post(`/api/court-office/filings/${original.id}/register`,
      { version: card.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId })).statusCode).toBe(200);

    const again = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen, contentHash: hash });
    const dupCard = (await c.get(`/api/court-office/filings/${again.id}`)).json() as Card;
    expect(dupCard.duplicateOf).toMatchObject({ number: original.number });
    const warning = dupCard.warnings.find((w) => w.code === 'duplicate');
    expect(warning?.ground).toBe('duplicate');
    expect(warning?.text.ru).toContain(original.number);
    const refused = await c.post(`/api/court-office/filings/${again.id}/refuse`, { version: dupCard.filing.version, ground: 'duplicate' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', ground: 'duplicate' });
  });

  it('ISSUE-14 item 8, X-3, FILE-11: another court\'s specialist does not see the filing (404) nor its case; a judge of the court may read the case but not register (403); the applicant has no office queue', async () => {
    const db = system().db;
    await addStaff(db, { iin: '870303400102', fullName: 'Ақтөбе кеңсе маманы', courtId: 'court-aktobe', roles: ['court_office'] }, clock.now());
    const filing = await receivedFiling(db, clock.now(), { applicantIin: PEOPLE.citizen });
    const esil = await office('ru');
    const card = (await esil.get(`/api/court-office/filings/${filing.id}`)).json() as Card;
    const aktobe = await office('ru', '870303400102');
    expect((await aktobe.get(`/api/court-office/filings/${filing.id}`)).statusCode).toBe(404);
    const foreign = await aktobe.post(`/api/court-office/filings/${filing.id}/register`, { version: card.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId });
    expect(foreign.statusCode).toBe(404);
    expect((await aktobe.post(`/api/court-office/filings/${filing.id}/refuse`, { version: card.filing.version, ground: 'wrong_court' })).statusCode).toBe(404);
    expect(((await aktobe.get('/api/court-office/incoming')).json() as { filings: { id: string }[] }).filings.map((f) => f.id)).not.toContain(filing.id);

    const judge = await office('ru', PEOPLE.judgeCivil);
    const byJudge = await judge.post(`/api/court-office/filings/${filing.id}/register`, { version: card.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId });
    expect(byJudge.statusCode).toBe(403);
    const registered = (await esil.post(`/api/court-office/filings/${filing.id}/register`,
      { version: card.filing.version, into: 'new', judgeUserId: card.proposal!.judgeUserId })).json() as { case: { id: string } };
    expect((await judge.get(`/api/court-cases/${registered.case.id}`)).statusCode).toBe(200);
    expect((await aktobe.get(`/api/court-cases/${registered.case.id}`)).statusCode).toBe(404);
    const citizen = await office('ru', PEOPLE.citizen);
    expect((await citizen.get('/api/court-office/incoming')).statusCode).toBe(403);
    expect((await citizen.get(`/api/court-cases/${registered.case.id}`)).statusCode).toBe(404);
    expect(ESIL).toBe('court-astana-esil');
  });
}, OFFICE_ENV);
