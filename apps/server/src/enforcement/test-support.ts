import { readFileSync } from 'node:fs';
import { deliverOutbox, fireDueDeadlinesByChunks } from '@oryndau/db';
import { createSignedData, openPkcs12 } from '@oryndau/esign';
import type { OpenedKeyFile } from '@oryndau/esign';
import { expect } from 'vitest';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { System } from '../system';
import { workspaceSenders, systemDeadlineChunkHandlers, systemDeadlineHandlers } from '../system';

// Shared by the enforcement integration tests: demo people, signing with
// their key files, and one step of the worker.

export const PEOPLE = {
  privateBailiff: '880415400004', lapsedBailiff: '830225400101', stateBailiffAstana: '850312300002', stateBailiffTaraz: '820917300105',
  seniorTaraz: '750611300106', seniorAstana: '780120300003', admin: '800101300006', judge: '710830300000',
} as const;

const keys = new Map<string, Promise<OpenedKeyFile>>();

export async function signAs(system: System, iin: string, content: Uint8Array): Promise<string> {
  let key = keys.get(`${system.trust.pkiDir}|${iin}`);
  if (!key) {
    key = openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/demo-keys/${iin}-sign.p12`)), DEMO_KEY_PIN);
    keys.set(`${system.trust.pkiDir}|${iin}`, key);
  }
  const k = await key;
  const cms = await createSignedData({ content, detached: true, privateKey: k.privateKey, certificate: k.certificate, chain: k.chain, signingTime: new Date() });
  return Buffer.from(cms).toString('base64');
}

/** Starts signing a document and submits the signature of `iin`; returns the HTTP answer. */
export async function signDocument(system: System, client: TestClient, documentId: string, iin: string) {
  const content = new Uint8Array((await client.get(`/api/documents/${documentId}/content`)).rawPayload);
  const start = await client.post(`/api/documents/${documentId}/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId } = start.json() as { challengeId: string };
  return client.post(`/api/signing/${challengeId}/signature`, { cms: await signAs(system, iin, content) });
}

export type ActBody = { templateCode: string; locale: 'kk' | 'ru'; action?: string; groundCode?: string; params?: Record<string, unknown> };

/** «Сформировать и перейти» + signature by the bailiff; returns the act and the signature answer. */
export async function generateAndSign(system: System, client: TestClient, proceedingId: string, iin: string, body: ActBody) {
  const created = await client.post(`/api/enforcement/proceedings/${proceedingId}/acts`, body);
  expect(created.statusCode, created.body).toBe(201);
  const act = created.json() as { id: string; documentId: string; needsApproval: boolean };
  return { act, signed: await signDocument(system, client, act.documentId, iin) };
}

/** One worker tick with the real senders and handlers. */
export async function workerTick(system: System, now: () => Date) {
  const adapters = system.external.adapters;
  const deadlines = await fireDueDeadlinesByChunks(system.db, systemDeadlineHandlers(adapters, system.outcomes), systemDeadlineChunkHandlers(system.outcomes), now);
  // Everything due in one tick: earlier tests of a file leave messages (e-mails to bailiffs, court statuses) in the same outbox.
  const outbox = await deliverOutbox(system.db, workspaceSenders(system.db, adapters, { now }, system.courtWrits), now, { batch: 500 });
  return { deadlines, outbox };
}

export async function sendWrit(system: System, request: Record<string, unknown> = {}) {
  const control = system.external.simulators!.control.courtSystem;
  return control.sendWrit(request);
}

/** ENF-1: an executive document entered by hand (a writ for 250,000 ₸ against an individual in Zhambyl), ready to POST. */
export const writCard = (categoryCode = 'citizens', debtor = '920707300005') => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: `2-${Math.floor(Math.random() * 1e6)}/2026`, entryIntoForceDate: '2026-02-20',
  categoryCode, amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: debtor, name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
  ],
});
