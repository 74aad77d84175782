import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSignedData, devCa, openPkcs12 } from '@oryndau/esign';
import type { PrivateKey } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { expect } from 'vitest';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { System } from '../system';

// Shared by the cabinet's integration tests that go through the HTTP API as
// the web does: keys (the demo key files, or extra ones issued by the
// system's dev CA), ЭЦП sign-in and registration, multipart uploads, and
// the signing of a filing or a power of attorney.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/documents/test-fixtures/attachments');
/** A real small file of the attachments' fixtures (docx, jpeg, pdf …). */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A key as the signing code needs it. */
export type Key = { privateKey: PrivateKey; certificate: Uint8Array; chain: Uint8Array[] };

/** A demo key file of this system's dev PKI (DEMO_KEYS on), by IIN and purpose. */
export async function demoKey(system: System, iin: string, purpose: 'sign' | 'auth'): Promise<Key> {
  const entry = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === purpose);
  if (!entry) throw new Error(`no demo ${purpose} key for ${iin}`);
  return openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${entry.file}`)), DEMO_KEY_PIN);
}

/** Another key from this system's dev CA (the test NCA): a personal one without a BIN, or an employee's of a legal entity. */
export async function issueKey(system: System, now: Date, request: { purpose: 'sign' | 'auth'; iin: string; name: string; bin?: string;
  organization?: string; role?: devCa.OrganizationRole }): Promise<Key> {
  const dir = nodePkiDirectory(system.trust.pkiDir);
  const state = await devCa.loadDevPki(dir);
  if (!state) throw new Error('no dev PKI');
  const issued = await devCa.issueCertificate(state.pki, { now, ...request });
  await devCa.saveDevPki(dir, devCa.recordIssued(state, issued));
  return issued;
}

export async function signDetached(key: Key, content: Uint8Array): Promise<Uint8Array> {
  return createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: new Date() });
}

/** A fresh sign-in nonce signed with an authentication key, as the web's ЭЦП sign-in sends it. */
export async function signedNonce(c: TestClient, key: Key): Promise<{ challengeId: string; cms: string }> {
  const answer = await c.post('/api/auth/esign/challenge');
  expect(answer.statusCode, answer.body).toBe(200);
  const challenge = answer.json() as { challengeId: string; nonce: string };
  const cms = await createSignedData({ content: new TextEncoder().encode(challenge.nonce), detached: false, privateKey: key.privateKey,
    certificate: key.certificate, chain: key.chain, signingTime: new Date() });
  return { challengeId: challenge.challengeId, cms: Buffer.from(cms).toString('base64') };
}

/** A multipart/form-data body: text fields first, then at most one file. */
export function multipart(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
  const boundary = `----oryndau${randomUUID().replaceAll('-', '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n`
      + 'Content-Type: application/octet-stream\r\n\r\n'), Buffer.from(file.bytes), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Attaches each file of the appendix by its position, as the wizard's upload does. */
export async function attachFiles(c: TestClient, filingId: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  for (const [i, file] of files.entries()) {
    const res = await c.request({ method: 'POST', url: `/api/filings/${filingId}/attachments`, ...multipart({ position: String(i + 1) }, file) });
    expect(res.statusCode, res.body).toBe(201);
  }
}

/** Starts signing a filing, signs the server's manifest bytes with `key` and submits it (the web's signing dialog). */
export async function sendFiling(c: TestClient, filingId: string, key: Key) {
  const start = await c.post(`/api/filings/${filingId}/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId, documentId, manifestSha256 } = start.json() as { challengeId: string; documentId: string; manifestSha256: string };
  const content = new Uint8Array((await c.get(`/api/documents/${documentId}/content`)).rawPayload);
  expect(sha256(content)).toBe(manifestSha256);
  return c.post(`/api/signing/${challengeId}/signature`, { cms: Buffer.from(await signDetached(key, content)).toString('base64') });
}

/** Starts signing a draft power of attorney, signs its PDF with `key` and submits it. */
export async function signPowerOfAttorney(c: TestClient, poa: { id: string; documentId: string }, key: Key) {
  const start = await c.post(`/api/powers-of-attorney/${poa.id}/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId } = start.json() as { challengeId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${poa.documentId}/content`)).rawPayload);
  return c.post(`/api/signing/${challengeId}/signature`, { cms: Buffer.from(await signDetached(key, content)).toString('base64') });
}
