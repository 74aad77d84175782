import { createHash, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import type { Sql } from '../database';
import { insertDocument, insertSignature, markDocumentSigned } from '../signing/documents';
import { insertUser } from '../users';
import {
  addCaseEvent, addCaseJudge, addCourtActSigner, countLegalForceMarksDue, findCourtAct, findCourtActByDocument, insertCourtAct,
  insertCourtCase, listCourtActSigners, listCourtActsOfCase, listLegalForceMarksDue, saveCourtActDraft, saveCourtActInForce,
  saveCourtActLegalForceDocument, saveCourtActSigning, upsertCourt,
} from './index';

// Issue 15 items 1–2 (database side): court_acts from draft to signed and in
// force, the conditional updates that report a lost race, and SIG-5 kept by
// the database itself — a signed act's content cannot be changed even by a
// direct UPDATE.

const t0 = new Date('2026-03-02T05:00:00.000Z');
const hex = (s: string) => createHash('sha256').update(s).digest('hex');
let seq = 0;

async function user(sql: Sql, name: string): Promise<string> {
  const id = randomUUID();
  seq += 1;
  await insertUser(sql, { id, iin: `8${String(Date.now() % 1e6).padStart(6, '0')}${String(seq).padStart(5, '0')}`.slice(0, 12), fullName: name,
    email: null, phone: null, organisationId: null, locale: 'kk', passwordHash: 'x', roles: [] }, t0);
  return id;
}

async function document(sql: Sql, by: string, kind = 'court.case_act'): Promise<string> {
  const id = randomUUID();
  await insertDocument(sql, { id, kind, title: { kk: 'Шешім', ru: 'Решение' }, mediaType: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]),
    contentHash: hex(id), createdBy: by, createdAt: t0, signedAt: null });
  return id;
}

async function signature(sql: Sql, documentId: string): Promise<string> {
  const id = randomUUID();
  await insertSignature(sql, { id, challengeId: null, documentType: 'court.case_act', documentId, contentHash: hex(documentId),
    signer: { iin: '710830300000', bin: null, name: 'Судья', algorithm: 'ECGOST3410-2015' }, cms: new Uint8Array([1]), checkedAt: t0, evidence: {} });
  return id;
}

async function courtCase(sql: Sql): Promise<string> {
  const courtId = `court-acts-${randomUUID().slice(0, 8)}`;
  await sql.query(`INSERT INTO organisations (id, kind, name_kk, name_ru, bin, region_id, time_zone, created_at)
     VALUES ($1, 'court', 'Сот', 'Суд', NULL, '710000000', 'Asia/Almaty', $2)`, [courtId, t0.toISOString()]);
  await upsertCourt(sql, { organisationId: courtId, code: String(1000 + (seq += 1)), level: 'district', instances: ['first'], forms: ['civil'],
    workdayStart: '09:00', workdayEnd: '18:30', lunchStart: null, lunchEnd: null, address: { kk: 'М', ru: 'А' }, phone: null, email: null });
  const caseId = randomUUID();
  await insertCourtCase(sql, { id: caseId, courtId, number: `${courtId}-1`, year: 2026, form: 'civil', instance: 'first', category: 'debt',
    registeredOn: '2026-03-02', registeredAt: t0, previousCaseId: null, previousProceedings: null, filingId: null });
  return caseId;
}

describeOnEachEngine('court acts repository', ({ db }) => {
  it('FILE-14, FILE-15, SIG-5, SIG-6: an act goes draft → signing → signed → in force; a signed act cannot be changed even by a direct UPDATE', async () => {
    const caseId = await courtCase(db());
    const judge = await user(db(), 'Судья Бірінші');
    await addCaseJudge(db(), { id: randomUUID(), caseId, userId: judge, role: 'presiding', assignedAt: t0, reason: { kk: 'с', ru: 'с' } });
    const doc1 = await document(db(), judge);
    const id = randomUUID();
    await insertCourtAct(db(), { id, caseId, kind: 'decision', language: 'kk', title: { kk: 'Шешім', ru: 'Решение' }, source: 'template',
      fields: { operative: 'Талап қанағаттандырылсын' }, documentId: doc1, immediateExecution: false, correctsActId: null, createdBy: judge }, t0);
    expect(await findCourtAct(db(), id)).toMatchObject({ status: 'draft', version: 1, documentId: doc1, legalForceDate: null, inForceAt: null });
    expect(await findCourtAct(db(), 'not-a-uuid')).toBeNull();

    // A draft edit is a new document at the next version; a stale version loses.
    const doc2 = await document(db(), judge);
    const change = { title: { kk: 'Шешім', ru: 'Решение' }, language: 'kk' as const, source: 'template' as const, fields: { operative: 'Жаңа' },
      documentId: doc2, immediateExecution: true };
    expect(await saveCourtActDraft(db(), id, 1, change, t0)).toBe(true);
    expect(await saveCourtActDraft(db(), id, 1, change, t0)).toBe(false);

    const sig = await signature(db(), doc2);
    await markDocumentSigned(db(), doc2, t0);
    await addCourtActSigner(db(), { actId: id, userId: judge, signatureId: sig, signedAt: t0 });
    const signedAt = new Date('2026-03-02T06:00:00.000Z');
    expect(await saveCourtActSigning(db(), id, 2, { status: 'signed', signedAt, publishedAt: signedAt, legalForceDate: '2026-04-02' }, signedAt)).toBe(true);
    const signed = (await findCourtAct(db(), id))!;
    expect(signed).toMatchObject({ status: 'signed', version: 3, legalForceDate: '2026-04-02', immediateExecution: true });
    expect(signed.publishedAt?.toISOString()).toBe(signedAt.toISOString());
    expect((await listCourtActSigners(db(), id)).map((s) => s.fullName)).toEqual(['Судья Бірінші']);
    expect((await listCourtActsOfCase(db(), caseId)).map((a) => a.id)).toEqual([id]);
    expect((await findCourtActByDocument(db(), doc2))?.id).toBe(id);

    // SIG-5 by the database: no draft edit through the repository, and no direct UPDATE or DELETE either.
    expect(await saveCourtActDraft(db(), id, 3, { ...change, documentId: doc1 }, t0)).toBe(false);
    await expect(db().query('UPDATE court_acts SET fields = $2::jsonb WHERE id = $1', [id, '{"operative":"x"}'])).rejects.toThrow(/can no longer be edited/);
    await expect(db().query('UPDATE court_acts SET document_id = $2 WHERE id = $1', [id, doc1])).rejects.toThrow(/can no longer be edited/);
    await expect(db().query('DELETE FROM court_acts WHERE id = $1', [id])).rejects.toThrow(/cannot be deleted/);

    // The judge's task list: due on its date, not before.
    expect(await countLegalForceMarksDue(db(), { judgeUserId: judge, day: '2026-04-01' })).toBe(0);
    expect((await listLegalForceMarksDue(db(), { judgeUserId: judge, day: '2026-04-02' })).map((a) => a.id)).toEqual([id]);

    const mark = await document(db(), judge, 'court.legal_force_mark');
    expect(await saveCourtActLegalForceDocument(db(), id, 3, mark, t0)).toBe(true);
    const markSig = await signature(db(), mark);
    const inForceAt = new Date('2026-04-02T04:00:00.000Z');
    expect(await saveCourtActInForce(db(), id, 4, { signatureId: markSig, signedBy: judge, absenceReason: null, inForceAt })).toBe(true);
    expect(await saveCourtActInForce(db(), id, 5, { signatureId: markSig, signedBy: judge, absenceReason: null, inForceAt })).toBe(false);
    expect((await findCourtAct(db(), id))?.inForceAt?.toISOString()).toBe(inForceAt.toISOString());
    expect(await countLegalForceMarksDue(db(), { judgeUserId: judge, day: '2026-05-01' })).toBe(0);

    // The course of the case accepts the new kinds of event (the CHECK of 0016).
    await addCaseEvent(db(), { id: randomUUID(), caseId, kind: 'entered_into_force', occurredAt: inForceAt, localDate: '2026-04-02', details: {},
      actorUserId: judge });
  });
});
