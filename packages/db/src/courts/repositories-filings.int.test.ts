import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import { isUniqueViolation } from '../users';
import {
  addCaseEvent, addCaseJudge, addCaseParticipant, addCourtCaseDocument, addFilingAttachment, findCourtCase, findFiling,
  findRegisteredDuplicate, getCourtCaseDetails, getFilingDetails, insertCourtCase, insertDutyPayment, insertFilingDraft,
  listCasesOfParticipant, listCourtJudgesWithLoad, listFilingAttachments, listIncomingFilings, listMyFilings, lockFiling,
  markDutyPaymentPaid, markFilingReceived, nextCourtSequence, recordFilingAttempt, refuseFiling, registerFiling, saveCourtCaseStatus,
  updateFilingDraft, upsertCourtJudge,
} from './index';
import { court, draft, hex, receive, signature, storedFile, t0, user } from './repositories-test-support';

// Issue 14 items 1, 6, 8, 9, 10 (database side): a filing from draft to a registered case, the
// conditional updates that report a lost race, atomic court counters, duplicates, the incoming queue
// and «my filings».

describeOnEachEngine('courts repositories: filings and cases', ({ db, kind }) => {
  it('ISSUE-14 item 1, FILE-2, FILE-7, FILE-11: a claim goes draft → received → registered into a new case with its judge, participants, course and documents', async () => {
    const courtId = await court(db(), 'court-a-1', '7101');
    const applicant = await user(db(), 'Исабеков Данияр');
    const office = await user(db(), 'Кеңсе маманы', courtId);
    const judge = await user(db(), 'Судья Бірінші', courtId);
    await upsertCourtJudge(db(), { userId: judge.id, courtId, specialisations: ['civil'], active: true });

    const d = draft(courtId, applicant);
    await insertFilingDraft(db(), d, t0);
    const fileA = await storedFile(db(), applicant.id, 'қолхат.pdf');
    const fileB = await storedFile(db(), applicant.id, 'түбіртек.pdf');
    await addFilingAttachment(db(), { filingId: d.id, position: 2, title: 'Төлем түбіртегі', fileId: fileB });
    await addFilingAttachment(db(), { filingId: d.id, position: 1, title: 'Қарыз қолхаты', fileId: fileA });
    // One position holds one file.
    await expect(addFilingAttachment(db(), { filingId: d.id, position: 1, title: 'Тағы', fileId: fileB })).rejects.toSatisfy(isUniqueViolation);
    const paymentId = `PAY-${randomUUID()}`;
    const payment = randomUUID();
    await insertDutyPayment(db(), { id: payment, filingId: d.id, method: 'online', paymentId, receiptCode: null, amountTiyn: 1_500_000,
      receiptFileId: null }, t0);
    expect(await markDutyPaymentPaid(db(), payment, { paidAt: t0 })).toBe(true);

    const details = (await getFilingDetails(db(), d.id))!;
    expect(details.filing).toMatchObject({ status: 'draft', version: 1, number: null, claimAmountTiyn: 50_000_000, dutyTiyn: 1_500_000,
      appendix: ['Қарыз қолхаты', 'Төлем түбіртегі'], parties: d.parties, dutyBasis: { rule: 'property_claim', percent: 3 } });
    expect(details.attachments.map((a) => [a.position, a.title, a.fileId, a.file.originalName])).toEqual([
      [1, 'Қарыз қолхаты', fileA, 'қолхат.pdf'], [2, 'Төлем түбіртегі', fileB, 'түбіртек.pdf']]);
    expect(details.dutyPayments).toMatchObject([{ id: payment, status: 'paid', amountTiyn: 1_500_000, method: 'online' }]);

    const receivedAt = new Date('2026-03-02T06:15:00.000Z');
    const number = await db().transaction(async (tx) => {
      const locked = (await lockFiling(tx, d.id))!;
      const seq = await nextCourtSequence(tx, courtId, 'filing', '2026-03-02');
      const n = `7101-20260302-${String(seq).padStart(5, '0')}`;
      expect(await markFilingReceived(tx, d.id, locked.version, { number: n, signatureId: await signature(tx, applicant.iin),
        manifestSha256: hex('manifest'), contentHash: hex('content-1'), receivedAt, receiptDate: '2026-03-02', registrationDay: '2026-03-02' })).toBe(true);
      return n;
    });
    const received = (await findFiling(db(), d.id))!;
    expect(received).toMatchObject({ status: 'received', version: 2, number, receiptDate: '2026-03-02', registrationDay: '2026-03-02',
      contentHash: hex('content-1') });
    expect(received.receivedAt?.toISOString()).toBe(receivedAt.toISOString());

    const caseId = randomUUID();
    const registeredAt = new Date('2026-03-02T09:00:00.000Z');
    await db().transaction(async (tx) => {
      const seq = await nextCourtSequence(tx, courtId, 'case', '2026:civil');
      const f = (await lockFiling(tx, d.id))!;
      await insertCourtCase(tx, { id: caseId, courtId, number: `7101-26-00-2/${seq}`, year: 2026, form: 'civil', instance: 'first',
        category: 'debt', registeredOn: '2026-03-02', registeredAt, previousCaseId: null, previousProceedings: null, filingId: d.id });
      expect(await registerFiling(tx, d.id, f.version, { caseId, officeUserId: office.id, registeredAt })).toBe(true);
      await addCaseParticipant(tx, { id: randomUUID(), caseId, category: 'plaintiff', kind: 'individual', iinBin: applicant.iin,
        name: 'Исабеков Данияр', email: null }, registeredAt);
      await addCaseParticipant(tx, { id: randomUUID(), caseId, category: 'defendant', kind: 'individual', iinBin: '900101300001',
        name: 'Жауапкер Асқар', email: null }, registeredAt);
      await addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'registered', occurredAt: registeredAt, localDate: '2026-03-02', details: { filing: number },
        actorUserId: office.id });
      for (const a of await listFilingAttachments(tx, d.id)) {
        await addCourtCaseDocument(tx, { id: randomUUID(), caseId, filingId: d.id, title: a.title, fileId: a.fileId, kind: 'attachment', position: a.position, addedAt: registeredAt });
      }
      const c = (await findCourtCase(tx, caseId, { lock: true }))!;
      const assignedAt = new Date(registeredAt.getTime() + 60_000);
      await addCaseJudge(tx, { id: randomUUID(), caseId, userId: judge.id, role: 'presiding', assignedAt,
        reason: { kk: 'Жүктемесі ең аз', ru: 'Наименьшая нагрузка' } });
      expect(await saveCourtCaseStatus(tx, caseId, c.version, 'assigned', assignedAt)).toBe(true);
      // The course is kept in date order whatever the insertion order.
      await addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'judge_assigned', occurredAt: assignedAt, localDate: '2026-03-02',
        details: { judge: judge.id }, actorUserId: office.id });
      await addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'duty_paid', occurredAt: t0, localDate: '2026-03-02', details: {}, actorUserId: null });
    });

    expect(await findFiling(db(), d.id)).toMatchObject({ status: 'registered', version: 3, registeredCaseId: caseId, officeUserId: office.id });
    const kase = (await getCourtCaseDetails(db(), caseId))!;
    expect(kase.courtCase).toMatchObject({ number: '7101-26-00-2/1', status: 'assigned', version: 2, registeredOn: '2026-03-02', filingId: d.id });
    expect(kase.court.ru).toBe('Суд court-a-1');
    expect(kase.judges).toMatchObject([{ userId: judge.id, role: 'presiding', reason: { kk: 'Жүктемесі ең аз', ru: 'Наименьшая нагрузка' }, releasedAt: null }]);
    expect(kase.participants.map((p) => p.category).sort()).toEqual(['defendant', 'plaintiff']);
    expect(kase.events.map((e) => e.kind)).toEqual(['duty_paid', 'registered', 'judge_assigned']);
    expect(kase.documents.map((x) => x.title)).toEqual(['Қарыз қолхаты', 'Төлем түбіртегі']);
    // The applicant finds the case by IIN; the judge's load counts it.
    expect((await listCasesOfParticipant(db(), applicant.iin)).map((c) => [c.number, c.categories])).toEqual([['7101-26-00-2/1', ['plaintiff']]]);
    const load = await listCourtJudgesWithLoad(db(), courtId, new Date(registeredAt.getTime() - 30 * 86_400_000));
    expect(load).toMatchObject([{ userId: judge.id, openCases: 1, assignedRecently: 1, specialisations: ['civil'] }]);
    // A closed case no longer loads its judge; an assignment outside the window is not recent.
    expect(await saveCourtCaseStatus(db(), caseId, 2, 'closed', registeredAt)).toBe(true);
    expect(await listCourtJudgesWithLoad(db(), courtId, new Date(registeredAt.getTime() + 3_600_000)))
      .toMatchObject([{ userId: judge.id, openCases: 0, assignedRecently: 0 }]);
  });

  it('ISSUE-14 item 1, X-2: a draft saved or a filing moved against a stale version reports the lost race and changes nothing', async () => {
    const courtId = await court(db(), 'court-a-2', '7102');
    const applicant = await user(db(), 'Өтініш беруші');
    const office = await user(db(), 'Кеңсе', courtId);
    const d = draft(courtId, applicant);
    await insertFilingDraft(db(), d, t0);
    expect(await updateFilingDraft(db(), d.id, 1, { title: 'Жаңа тақырып', parties: [], claimAmountTiyn: null }, t0)).toBe(true);
    // Another tab still holds version 1.
    expect(await updateFilingDraft(db(), d.id, 1, { title: 'Ескі тақырып' }, t0)).toBe(false);
    expect(await findFiling(db(), d.id)).toMatchObject({ version: 2, title: 'Жаңа тақырып', parties: [], claimAmountTiyn: null,
      body: d.body, appendix: d.appendix });
    // A failed signature is no transition: the attempt is kept, the filing stays a draft at its version.
    await recordFilingAttempt(db(), { id: randomUUID(), filingId: d.id, at: t0, reasons: [{ code: 'signature.iin_mismatch' }] });
    expect((await getFilingDetails(db(), d.id))!).toMatchObject({ filing: { status: 'draft', version: 2 },
      attempts: [{ outcome: 'not_received', reasons: [{ code: 'signature.iin_mismatch' }] }] });
    // A sent filing is no longer a draft to edit; registering or refusing on a stale version is refused.
    await receive(db(), d.id, '7102', t0, { receiptDate: '2026-03-02', registrationDay: '2026-03-02' }, applicant.iin);
    expect(await updateFilingDraft(db(), d.id, 3, { title: 'Кейін' }, t0)).toBe(false);
    expect(await refuseFiling(db(), d.id, 2, { ground: 'wrong_court', text: 'Соттылығы жоқ', officeUserId: office.id, at: t0 })).toBe(false);
    expect(await refuseFiling(db(), d.id, 3, { ground: 'wrong_court', text: 'Соттылығы жоқ', officeUserId: office.id, at: t0 })).toBe(true);
    expect(await registerFiling(db(), d.id, 4, { caseId: randomUUID(), officeUserId: office.id, registeredAt: t0 })).toBe(false);
    expect(await findFiling(db(), d.id)).toMatchObject({ status: 'refused', version: 4, refusalGround: 'wrong_court', refusalText: 'Соттылығы жоқ' });
    // A case saved on a stale version likewise.
    const caseId = randomUUID();
    await insertCourtCase(db(), { id: caseId, courtId, number: '7102-26-00-2/1', year: 2026, form: 'civil', instance: 'first', category: 'debt',
      registeredOn: '2026-03-02', registeredAt: t0, previousCaseId: null, previousProceedings: null, filingId: null });
    expect(await saveCourtCaseStatus(db(), caseId, 1, 'assigned', t0)).toBe(true);
    expect(await saveCourtCaseStatus(db(), caseId, 1, 'transferred', t0)).toBe(false);
    expect(await findCourtCase(db(), caseId)).toMatchObject({ status: 'assigned', version: 2 });
    // A case number is unique in its court.
    await expect(insertCourtCase(db(), { id: randomUUID(), courtId, number: '7102-26-00-2/1', year: 2026, form: 'civil', instance: 'first',
      category: 'debt', registeredOn: '2026-03-02', registeredAt: t0, previousCaseId: null, previousProceedings: null, filingId: null }))
      .rejects.toSatisfy(isUniqueViolation);
  });

  it('ISSUE-14 item 8, FILE-11: court counters are sequential and unique under concurrent transactions, per court, kind and key', async () => {
    const courtA = await court(db(), 'court-a-3', '7103');
    const courtB = await court(db(), 'court-a-4', '7104');
    const numbers = await Promise.all(Array.from({ length: 24 }, () =>
      db().transaction(async (tx) => {
        const n = await nextCourtSequence(tx, courtA, 'case', '2026:civil');
        // Hold the counter's lock a moment on PostgreSQL so the others really wait on it.
        if (kind === 'postgres') await tx.query('SELECT pg_sleep(0.01)');
        return n;
      })));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // Other keys, kinds and courts count on their own.
    expect(await db().transaction((tx) => nextCourtSequence(tx, courtA, 'case', '2026:criminal'))).toBe(1);
    expect(await db().transaction((tx) => nextCourtSequence(tx, courtA, 'filing', '2026-03-02'))).toBe(1);
    expect(await db().transaction((tx) => nextCourtSequence(tx, courtB, 'case', '2026:civil'))).toBe(1);
    // A rolled-back registration gives its number back.
    await expect(db().transaction(async (tx) => {
      await nextCourtSequence(tx, courtA, 'case', '2026:civil');
      throw new Error('registration failed');
    })).rejects.toThrow('registration failed');
    expect(await db().transaction((tx) => nextCourtSequence(tx, courtA, 'case', '2026:civil'))).toBe(25);
  });

  it('ISSUE-14 item 9, §37: a registered filing with the same court and content hash is found as a duplicate, never the filing itself', async () => {
    const courtId = await court(db(), 'court-a-5', '7105');
    const other = await court(db(), 'court-a-6', '7106');
    const applicant = await user(db(), 'Қайталаушы');
    const office = await user(db(), 'Кеңсе', courtId);
    const hash = hex('same content');
    const first = draft(courtId, applicant);
    await insertFilingDraft(db(), first, t0);
    await receive(db(), first.id, '7105', t0, { receiptDate: '2026-03-02', registrationDay: '2026-03-02' }, applicant.iin, hash);
    // Only a registered one is a duplicate.
    expect(await findRegisteredDuplicate(db(), courtId, hash, null)).toBeNull();
    const caseId = randomUUID();
    await insertCourtCase(db(), { id: caseId, courtId, number: '7105-26-00-2/1', year: 2026, form: 'civil', instance: 'first', category: 'debt',
      registeredOn: '2026-03-02', registeredAt: t0, previousCaseId: null, previousProceedings: null, filingId: first.id });
    expect(await registerFiling(db(), first.id, 2, { caseId, officeUserId: office.id, registeredAt: t0 })).toBe(true);

    const second = draft(courtId, applicant);
    await insertFilingDraft(db(), second, t0);
    await receive(db(), second.id, '7105', t0, { receiptDate: '2026-03-02', registrationDay: '2026-03-02' }, applicant.iin, hash);
    expect(await findRegisteredDuplicate(db(), courtId, hash, second.id)).toMatchObject({ id: first.id, registeredCaseId: caseId, caseNumber: '7105-26-00-2/1' });
    expect(await findRegisteredDuplicate(db(), courtId, hash, first.id)).toBeNull();
    expect(await findRegisteredDuplicate(db(), other, hash, second.id)).toBeNull();
    expect(await findRegisteredDuplicate(db(), courtId, hex('other content'), second.id)).toBeNull();
  });

  it('ISSUE-14 item 8, FILE-11, FILE-13: the incoming queue is ordered by registration day then arrival, overdue against the given day', async () => {
    const courtId = await court(db(), 'court-a-7', '7107', 'Asia/Aqtobe');
    const applicant = await user(db(), 'Кезектегі');
    const at = (iso: string) => new Date(iso);
    const make = async (receivedAt: Date, receiptDate: string, registrationDay: string) => {
      const d = draft(courtId, applicant);
      await insertFilingDraft(db(), d, t0);
      await receive(db(), d.id, '7107', receivedAt, { receiptDate, registrationDay }, applicant.iin);
      return d.id;
    };
    // Friday evening after hours → Monday; Monday morning; the previous Thursday (overdue by Monday).
    const fridayLate = await make(at('2026-02-27T15:00:00Z'), '2026-02-27', '2026-03-02');
    const mondayMorning = await make(at('2026-03-02T04:00:00Z'), '2026-03-02', '2026-03-02');
    const thursday = await make(at('2026-02-26T06:00:00Z'), '2026-02-26', '2026-02-26');
    const mondayEarlier = await make(at('2026-03-02T03:30:00Z'), '2026-03-02', '2026-03-02');
    const stillDraft = draft(courtId, applicant);
    await insertFilingDraft(db(), stillDraft, t0);

    const queue = await listIncomingFilings(db(), courtId, '2026-03-02');
    expect(queue.map((q) => q.id)).toEqual([thursday, fridayLate, mondayEarlier, mondayMorning]);
    expect(queue.map((q) => q.overdue)).toEqual([true, false, false, false]);
    expect(queue[1]).toMatchObject({ receiptDate: '2026-02-27', registrationDay: '2026-03-02', version: 2 });
    // The next day everything still waiting is overdue; a registered or refused one leaves the queue.
    const office = await user(db(), 'Кеңсе', courtId);
    expect(await refuseFiling(db(), thursday, 2, { ground: 'unreadable', text: 'Файл оқылмайды', officeUserId: office.id, at: t0 })).toBe(true);
    const tomorrow = await listIncomingFilings(db(), courtId, '2026-03-03');
    expect(tomorrow.map((q) => [q.id, q.overdue])).toEqual([[fridayLate, true], [mondayEarlier, true], [mondayMorning, true]]);
  });

  it('ISSUE-14 item 10, FILE-8: «my filings» lists what a person filed and what was filed for them, newest first, with the case', async () => {
    const courtId = await court(db(), 'court-a-8', '7108');
    const me = await user(db(), 'Мен');
    const trustee = await user(db(), 'Сенім білдірілген');
    const stranger = await user(db(), 'Бөгде');
    const office = await user(db(), 'Кеңсе', courtId);
    const mine = draft(courtId, me);
    await insertFilingDraft(db(), mine, t0);
    const forMe = draft(courtId, trustee, { principalKind: 'individual', principalIinBin: me.iin, principalName: 'Мен', title: 'Менің атымнан' });
    await insertFilingDraft(db(), forMe, new Date(t0.getTime() + 60_000));
    await insertFilingDraft(db(), draft(courtId, stranger, { title: 'Бөтен' }), new Date(t0.getTime() + 120_000));
    await receive(db(), forMe.id, '7108', t0, { receiptDate: '2026-03-02', registrationDay: '2026-03-02' }, trustee.iin);
    const caseId = randomUUID();
    await insertCourtCase(db(), { id: caseId, courtId, number: '7108-26-00-2/7', year: 2026, form: 'civil', instance: 'first', category: 'debt',
      registeredOn: '2026-03-02', registeredAt: t0, previousCaseId: null, previousProceedings: null, filingId: forMe.id });
    expect(await registerFiling(db(), forMe.id, 2, { caseId, officeUserId: office.id, registeredAt: t0 })).toBe(true);

    const list = await listMyFilings(db(), { userId: me.id, iinBins: [me.iin] });
    expect(list.map((f) => [f.id, f.status, f.caseNumber, f.caseStatus])).toEqual([
      [forMe.id, 'registered', '7108-26-00-2/7', 'registered'], [mine.id, 'draft', null, null]]);
    expect(list[0]).toMatchObject({ principalName: 'Мен', court: { ru: 'Суд court-a-8' } });
    // The trustee sees what they filed; the stranger only their own.
    expect((await listMyFilings(db(), { userId: trustee.id, iinBins: [trustee.iin] })).map((f) => f.id)).toEqual([forMe.id]);
    expect((await listMyFilings(db(), { userId: stranger.id, iinBins: [stranger.iin] })).map((f) => f.title)).toEqual(['Бөтен']);
  });
});
