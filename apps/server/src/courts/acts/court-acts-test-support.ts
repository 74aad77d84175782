import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { addCaseJudge, findUserByIin } from '@oryndau/db';
import { createSignedData, openPkcs12 } from '@oryndau/esign';
import { expect } from 'vitest';
import { TestClient } from '../../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../../signing/demo-keys';
import type { System } from '../../system';
import { PEOPLE, receivedFiling } from '../office-test-support';

// Shared by the court acts' integration tests (issue 15 items 1-2): a claim
// registered into a case with its judge (and a panel member), acts drawn up
// and signed through the real routes with the demo keys.

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type ActView = {
  id: string; status: string; version: number; documentId: string; sha256: string; publishedAt: string | null; signedAt: string | null;
  judges: { userId: string; signedAt: string | null }[];
  legalForce: { date: string | null; inForceAt: string | null; blockedBy: { filingId: string; number: string | null } | null; markedBy: string | null;
    absenceReason: string | null; markDocumentId: string | null; appealDeadline: string | null };
  can: { edit: boolean; sign: boolean; markAsJudge: boolean; markAsChairman: boolean };
};

export async function signBytes(system: System, iin: string, content: Uint8Array): Promise<Uint8Array> {
  const entry = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === 'sign')!;
  const key = await openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${entry.file}`)), DEMO_KEY_PIN);
  return createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: new Date() });
}

/** Starts signing a document and prepares the CMS with `iin`'s key; `submit` sends it. */
export async function prepareSignature(system: System, c: TestClient, documentId: string, iin: string) {
  const start = await c.post(`/api/documents/${documentId}/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId } = start.json() as { challengeId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${documentId}/content`)).rawPayload);
  const cms = Buffer.from(await signBytes(system, iin, content)).toString('base64');
  return { content, submit: () => c.post(`/api/signing/${challengeId}/signature`, { cms }) };
}

export async function signDocument(system: System, c: TestClient, documentId: string, iin: string) {
  return (await prepareSignature(system, c, documentId, iin)).submit();
}

export async function staff(system: System, iin: string, language: 'kk' | 'ru' = 'ru'): Promise<TestClient> {
  const c = new TestClient(system, language);
  const signed = await c.signIn(iin);
  expect(signed.statusCode, signed.body).toBe(200);
  return c;
}

/** A claim of the demo citizen registered into a new case with judgeCivil presiding; `panel` adds judgeCriminal as member. */
export async function caseWithJudges(system: System, now: Date, options: { panel?: boolean } = {}) {
  const filing = await receivedFiling(system.db, now, { applicantIin: PEOPLE.citizen });
  const office = await staff(system, PEOPLE.office);
  const card = (await office.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number } };
  const judge = (await findUserByIin(system.db, PEOPLE.judgeCivil))!;
  const registered = await office.post(`/api/court-office/filings/${filing.id}/register`,
    { version: card.filing.version, into: 'new', judgeUserId: judge.id });
  expect(registered.statusCode, registered.body).toBe(200);
  const caseId = (registered.json() as { case: { id: string } }).case.id;
  if (options.panel) {
    const member = (await findUserByIin(system.db, PEOPLE.judgeCriminal))!;
    await addCaseJudge(system.db, { id: randomUUID(), caseId, userId: member.id, role: 'member', assignedAt: now, reason: { kk: 'алқа', ru: 'коллегия' } });
  }
  return { filingId: filing.id, caseId };
}

export const DECISION = {
  kind: 'decision', language: 'ru', immediateExecution: false,
  fields: { introduction: 'Есильский районный суд г. Астаны в составе…', description: 'Истец просит взыскать долг.', reasoning: 'Долг подтверждён распиской.',
    operative: 'Иск удовлетворить. Взыскать 500 000 тенге.' },
};

export async function draftAct(c: TestClient, caseId: string, body: Record<string, unknown> = DECISION): Promise<ActView> {
  const created = await c.post(`/api/court-cases/${caseId}/acts`, body);
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as ActView;
}

export const actOf = async (c: TestClient, id: string) => (await c.get(`/api/court-acts/${id}`)).json() as ActView;
