import { findUserByIin } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../../test/harness/test-system';
import type { System } from '../../system';
import { OFFICE_ENV, PEOPLE, receivedFiling } from '../office-test-support';
import {
  DECISION, actOf, caseWithJudges, draftAct, prepareSignature, sha256, signDocument, staff,
} from './court-acts-test-support';

// Issue 15 items 1-2 (FILE-14, FILE-15, SIG-5, SIG-6, §42–51): court acts
// signed by every judge of the panel, published to the participants'
// cabinet, fixed once signed, and the legal-force mark as a second
// signature — by the judge, by the chairman with the judge's absence
// reason, never before the date, never after an appeal in time.

const MARCH_2 = new Date('2026-03-02T05:00:00Z'); // Monday 10:00 in Astana
const APRIL_3 = new Date('2026-04-03T05:00:00Z'); // the civil decision's legal-force date (1 month + 1 day)

const journal = async (system: System, objectId: string, action: string) => (await system.db.query<{ details: Record<string, unknown> }>(
  'SELECT details FROM journal WHERE object_id = $1 AND action = $2 ORDER BY seq', [objectId, action])).rows;
const events = async (system: System, caseId: string) => (await system.db.query<{ kind: string }>(
  'SELECT kind FROM case_events WHERE case_id = $1 ORDER BY occurred_at, kind', [caseId])).rows.map((r) => r.kind);

describeSystemOnEachEngine('ISSUE-15 items 1-2: court acts and their legal force', ({ system, clock }) => {
  it('FILE-14, SIG-5: a panel\'s act is complete only after every judge signed; once signed it cannot be edited; the participants are told', async () => {
    clock.set(MARCH_2);
    const { caseId, filingId } = await caseWithJudges(system(), clock.now(), { panel: true });
    const judgeA = await staff(system(), PEOPLE.judgeCivil);
    const judgeB = await staff(system(), PEOPLE.judgeCriminal, 'kk');
    const office = await staff(system(), PEOPLE.office);
    const citizen = await staff(system(), PEOPLE.citizen);

    // Only a judge of the case drafts; the office reads but does not draft.
    expect((await office.post(`/api/court-cases/${caseId}/acts`, DECISION)).statusCode).toBe(403);
    expect((await judgeA.post(`/api/court-cases/${caseId}/acts`, { ...DECISION, fields: { ...DECISION.fields, operative: ' ' } })).json())
      .toMatchObject({ code: 'courts.act_fields_required' });
    const draft = await draftAct(judgeA, caseId);
    expect(draft).toMatchObject({ status: 'draft', version: 1, publishedAt: null, can: { edit: true, sign: true } });
    // A draft is edited into a new document at the next version.
    const edited = await judgeA.put(`/api/court-acts/${draft.id}`, { ...DECISION, version: 1, fields: { ...DECISION.fields, operative: 'Иск удовлетворить полностью.' } });
    expect(edited.statusCode, edited.body).toBe(200);
    const act = edited.json() as typeof draft;
    expect(act.version).toBe(2);
    expect(act.documentId).not.toBe(draft.documentId);
    expect((await office.post(`/api/documents/${act.documentId}/signing`)).statusCode).toBe(403);
    expect((await citizen.get(`/api/filings/${filingId}/acts`)).json()).toEqual({ items: [] });

    expect((await signDocument(system(), judgeA, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    const half = await actOf(judgeA, act.id);
    expect(half).toMatchObject({ status: 'signing', publishedAt: null, signedAt: null, can: { edit: false, sign: false } });
    expect(half.judges.filter((j) => j.signedAt !== null)).toHaveLength(1);
    // SIG-5: signed by one judge — no edit any more, a clear 409 in the reader's language.
    const refused = await judgeA.put(`/api/court-acts/${act.id}`, { ...DECISION, version: half.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'courts.act_signed', message: expect.stringMatching(/^Судебный акт уже подписан/) });
    // Signing the same act twice is refused too.
    const twice = await signDocument(system(), judgeA, act.documentId, PEOPLE.judgeCivil);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'courts.act_already_signed' });
    expect((await citizen.get(`/api/filings/${filingId}/acts`)).json()).toEqual({ items: [] });

    clock.set(new Date('2026-03-02T07:30:00Z'));
    expect((await judgeB.signIn(PEOPLE.judgeCriminal)).statusCode).toBe(200);
    expect((await signDocument(system(), judgeB, act.documentId, PEOPLE.judgeCriminal)).statusCode).toBe(200);
    expect((await judgeA.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    const complete = await actOf(judgeA, act.id);
    expect(complete).toMatchObject({ status: 'signed', publishedAt: '2026-03-02T07:30:00.000Z', signedAt: '2026-03-02T07:30:00.000Z',
      legalForce: { date: '2026-04-03', appealDeadline: '2026-04-02', inForceAt: null } });
    expect(complete.judges.every((j) => j.signedAt !== null)).toBe(true);
    expect(await events(system(), caseId)).toEqual(expect.arrayContaining(['act_signed', 'act_signed', 'act_published']));

    // §47: the participant sees it in «Мои дела», downloads the signed bytes, and was told in the cabinet and by e-mail.
    expect((await citizen.signIn(PEOPLE.citizen)).statusCode).toBe(200);
    const mine = (await citizen.get(`/api/filings/${filingId}/acts`)).json() as { items: { id: string; fields: unknown }[] };
    expect(mine.items.map((i) => i.id)).toEqual([act.id]);
    expect(mine.items[0]!.fields).toBeNull();
    const pdf = await citizen.get(`/api/court-acts/${act.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(sha256(new Uint8Array(pdf.rawPayload))).toBe(complete.sha256);
    const citizenUser = (await findUserByIin(system().db, PEOPLE.citizen))!;
    const notices = await system().db.query<{ kind: string; title_kk: string; title_ru: string }>(
      "SELECT kind, title_kk, title_ru FROM cabinet_notifications WHERE user_id = $1 AND case_id = $2 AND kind LIKE 'act_%'", [citizenUser.id, caseId]);
    expect(notices.rows).toMatchObject([{ kind: 'act_published', title_ru: expect.stringContaining('опубликован судебный акт') }]);
    const mail = await system().db.query<{ subject: string }>("SELECT subject FROM outbox WHERE recipient = 'citizen@oryndau.test' AND (subject LIKE '%судебный акт%' OR subject LIKE '%сот актісі%')");
    expect(mail.rows.length).toBeGreaterThanOrEqual(1);
    expect(await journal(system(), act.id, 'courts.act_published')).toHaveLength(1);
    // A correction is a new act naming the signed one.
    const correction = await draftAct(judgeA, caseId, { ...DECISION, correctsActId: act.id });
    expect(correction).toMatchObject({ status: 'draft', correctsActId: act.id });
  });

  it('FILE-15, SIG-6: the mark before the legal-force date is refused; on the date the judge\'s second signature puts the act in force, shown with the QR', async () => {
    clock.set(MARCH_2);
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil, 'kk');
    const act = await draftAct(judge, caseId);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    expect((await actOf(judge, act.id)).legalForce.date).toBe('2026-04-03');

    clock.set(new Date('2026-04-02T12:00:00Z'));
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    const early = await judge.post(`/api/court-acts/${act.id}/legal-force`, {});
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'courts.legal_force_too_early', message: expect.stringContaining('03.04.2026') });

    clock.set(APRIL_3);
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    const before = await actOf(judge, act.id);
    expect(before.can.markAsJudge).toBe(true);
    const prepared = await judge.post(`/api/court-acts/${act.id}/legal-force`, {});
    expect(prepared.statusCode, prepared.body).toBe(200);
    const { documentId } = prepared.json() as { documentId: string };
    const signing = await prepareSignature(system(), judge, documentId, PEOPLE.judgeCivil);
    const mark = JSON.parse(new TextDecoder().decode(signing.content)) as Record<string, unknown>;
    expect(mark).toMatchObject({ kind: 'oryndau.court-act.legal-force-mark', act: { id: act.id, sha256: before.sha256 }, legalForceDate: '2026-04-03',
      markedBy: { capacity: 'judge' } });
    expect((await signing.submit()).statusCode).toBe(200);
    const inForce = await actOf(judge, act.id);
    expect(inForce.legalForce).toMatchObject({ inForceAt: '2026-04-03T05:00:00.000Z', markDocumentId: documentId, absenceReason: null });
    expect(await events(system(), caseId)).toContain('entered_into_force');
    expect((await judge.post(`/api/court-acts/${act.id}/legal-force`, {})).json()).toMatchObject({ code: 'courts.legal_force_already_marked' });
    // The download is a stamped copy; the stored signed bytes are unchanged; the QR's page verifies the mark.
    const pdf = new Uint8Array((await judge.get(`/api/court-acts/${act.id}/pdf`)).rawPayload);
    expect(sha256(pdf)).not.toBe(inForce.sha256);
    expect(sha256(new Uint8Array((await judge.get(`/api/documents/${act.documentId}/content`)).rawPayload))).toBe(inForce.sha256);
    const verified = await judge.get(`/api/verify/${documentId}`);
    expect(verified.statusCode).toBe(200);
    expect((verified.json() as { signatures: { valid: boolean }[] }).signatures).toMatchObject([{ valid: true }]);
    expect((await judge.get(`/api/verify/${documentId}/qr.svg`)).statusCode).toBe(200);
  });

  it('FILE-15, §51: the chairman marks legal force when the judge is absent — only with the reason, which is recorded and journalled', async () => {
    clock.set(MARCH_2);
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil);
    const act = await draftAct(judge, caseId);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    clock.set(APRIL_3);
    const chairman = await staff(system(), PEOPLE.chairman);
    const office = await staff(system(), PEOPLE.office);
    expect((await office.post(`/api/court-acts/${act.id}/legal-force`, { absenceReason: 'Отпуск' })).statusCode).toBe(403);
    expect((await actOf(chairman, act.id)).can).toMatchObject({ markAsJudge: false, markAsChairman: true });
    const noReason = await chairman.post(`/api/court-acts/${act.id}/legal-force`, {});
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({ code: 'courts.absence_reason_required' });
    const prepared = await chairman.post(`/api/court-acts/${act.id}/legal-force`, { absenceReason: 'Судья в ежегодном отпуске' });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const { documentId } = prepared.json() as { documentId: string };
    // The mark names the chairman: the judge cannot sign the chairman's mark.
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    expect((await judge.post(`/api/documents/${documentId}/signing`)).statusCode).toBe(403);
    expect((await signDocument(system(), chairman, documentId, PEOPLE.chairman)).statusCode).toBe(200);
    const inForce = await actOf(chairman, act.id);
    expect(inForce.legalForce).toMatchObject({ inForceAt: APRIL_3.toISOString(), absenceReason: 'Судья в ежегодном отпуске',
      markedBy: 'Нұрпейісов Талғат Сапарұлы' });
    expect(await journal(system(), act.id, 'courts.act_entered_into_force')).toMatchObject([
      { details: { capacity: 'chairman', judgeAbsenceReason: 'Судья в ежегодном отпуске' } }]);
  });

  it('FILE-15: an appeal received in time stops the act from entering into force — the mark is refused with the appeal\'s number', async () => {
    clock.set(MARCH_2);
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil);
    const act = await draftAct(judge, caseId);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    const appeal = await receivedFiling(system().db, clock.now(), { applicantIin: PEOPLE.citizen2, service: 'appeal', targetCaseId: caseId });
    clock.set(APRIL_3);
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    const blocked = await judge.post(`/api/court-acts/${act.id}/legal-force`, {});
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ code: 'courts.legal_force_blocked', message: expect.stringContaining(appeal.number) });
    expect((await actOf(judge, act.id)).legalForce).toMatchObject({ inForceAt: null, blockedBy: { filingId: appeal.id, number: appeal.number } });
    expect(await events(system(), caseId)).toContain('appeal_filed');
    expect((await judge.post(`/api/court-acts/${act.id}/legal-force`, {})).statusCode).toBe(409);
  });

  it('FILE-14: two judges of a panel signing the same act at once — no 500, both signatures recorded, the act complete once', async () => {
    clock.set(MARCH_2);
    const { caseId } = await caseWithJudges(system(), clock.now(), { panel: true });
    const judgeA = await staff(system(), PEOPLE.judgeCivil);
    const judgeB = await staff(system(), PEOPLE.judgeCriminal);
    const act = await draftAct(judgeA, caseId);
    const [a, b] = await Promise.all([prepareSignature(system(), judgeA, act.documentId, PEOPLE.judgeCivil),
      prepareSignature(system(), judgeB, act.documentId, PEOPLE.judgeCriminal)]);
    const answers = await Promise.all([a.submit(), b.submit()]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
    const done = await actOf(judgeA, act.id);
    expect(done.status).toBe('signed');
    expect(done.judges.every((j) => j.signedAt !== null)).toBe(true);
    expect(await journal(system(), act.id, 'courts.act_published')).toHaveLength(1);
    // The same judge twice at once (two challenges): one signature, one clear 409.
    const other = await draftAct(judgeA, caseId);
    const [x, y] = await Promise.all([prepareSignature(system(), judgeA, other.documentId, PEOPLE.judgeCivil),
      prepareSignature(system(), judgeA, other.documentId, PEOPLE.judgeCivil)]);
    const twice = await Promise.all([x.submit(), y.submit()]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await actOf(judgeA, other.id)).status).toBe('signing');
  });
}, OFFICE_ENV);
