import { randomUUID } from 'node:crypto';
import {
  findCourtAct, findUserByIin, insertCourtAct, insertDocument, insertSignature, saveCourtActInForce, saveCourtActLegalForceDocument, saveCourtActSigning,
} from '@oryndau/db';
import { expect } from 'vitest';
import { TestClient } from '../../../../../test/harness/test-system';
import type { System } from '../../system';
import { PEOPLE, receivedFiling } from '../office-test-support';
import { sha256Hex } from '../../signing/documents';

// Shared by the writ's integration tests (FILE-16): a case registered by the
// court office, and a court act of it — signed, in force or for immediate
// execution — made with the acts' repositories (issue 15 item 1 owns the
// use-cases that make them through the judge's cabinet).

export const WRIT_PEOPLE = { ...PEOPLE, secretary: '950101400002', privateBailiff: '880415400004', stranger: '800101300006' } as const;

/** A minimal PDF: the act's bytes, copied into the writ. */
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

export async function signedIn(system: System, iin: string, locale: 'kk' | 'ru' = 'ru'): Promise<TestClient> {
  const c = new TestClient(system, locale);
  expect((await c.signIn(iin)).statusCode).toBe(200);
  return c;
}

/** A claim of the citizen against citizen2, received and registered by the office into a new case with the proposed judge. */
export async function registeredCase(system: System, now: Date): Promise<{ caseId: string; number: string }> {
  const filing = await receivedFiling(system.db, now, { applicantIin: PEOPLE.citizen });
  const office = await signedIn(system, PEOPLE.office);
  const card = (await office.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number }; proposal: { judgeUserId: string } };
  const registered = await office.post(`/api/court-office/filings/${filing.id}/register`,
    { version: card.filing.version, into: 'new', judgeUserId: card.proposal.judgeUserId });
  expect(registered.statusCode, registered.body).toBe(200);
  const view = registered.json() as { case: { id: string; number: string } };
  return { caseId: view.case.id, number: view.case.number };
}

/**
 * A decision of the case signed on 10 Feb 2026; `inForce` marks it in force on 26 Feb (legal-force date 25 Feb),
 * `immediate` makes it for immediate execution. The signatures are stand-ins: the writ's act copy is signed anew.
 */
export async function courtAct(system: System, caseId: string, options: { inForce?: boolean; immediate?: boolean } = {}): Promise<string> {
  const judge = (await findUserByIin(system.db, PEOPLE.judgeCivil))!.id;
  const id = randomUUID();
  const signedAt = new Date('2026-02-10T06:00:00Z');
  await system.db.transaction(async (tx) => {
    const content = pdf(`decision ${id}`);
    const documentId = randomUUID();
    await insertDocument(tx, { id: documentId, kind: 'court.case_act', title: { kk: 'Шешім', ru: 'Решение' }, mediaType: 'application/pdf', content,
      contentHash: sha256Hex(content), createdBy: judge, createdAt: signedAt, signedAt });
    await insertCourtAct(tx, { id, caseId, kind: 'decision', language: 'ru', title: { kk: 'Сот шешімі', ru: 'Решение суда' }, source: 'upload',
      fields: {}, documentId, immediateExecution: options.immediate ?? false, correctsActId: null, createdBy: judge }, signedAt);
    expect(await saveCourtActSigning(tx, id, 1, { status: 'signed', signedAt, publishedAt: signedAt, legalForceDate: '2026-02-25' }, signedAt)).toBe(true);
    if (!options.inForce) return;
    const markId = randomUUID();
    const mark = pdf(`legal force ${id}`);
    await insertDocument(tx, { id: markId, kind: 'court.legal_force_mark', title: { kk: 'Белгі', ru: 'Отметка' }, mediaType: 'application/pdf', content: mark,
      contentHash: sha256Hex(mark), createdBy: judge, createdAt: signedAt, signedAt: null });
    expect(await saveCourtActLegalForceDocument(tx, id, 2, markId, signedAt)).toBe(true);
    const signatureId = randomUUID();
    await insertSignature(tx, { id: signatureId, challengeId: null, documentType: 'court.act', documentId: markId, contentHash: sha256Hex(mark),
      signer: { iin: PEOPLE.judgeCivil, bin: null, name: 'Қасымов Бауыржан Әбілұлы', algorithm: 'RSA-SHA256' }, cms: new Uint8Array([1]),
      checkedAt: signedAt, evidence: {} });
    expect(await saveCourtActInForce(tx, id, 3, { signatureId, signedBy: judge, absenceReason: null, inForceAt: new Date('2026-02-26T04:00:00Z') }))
      .toBe(true);
  });
  expect(await findCourtAct(system.db, id)).not.toBeNull();
  return id;
}
