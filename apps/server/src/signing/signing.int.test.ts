import { readFileSync } from 'node:fs';
import { createSignedData, devCa, openPkcs12, parseCertificate, parseCrl, testAnchor, verifySignature } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from './demo-keys';
import type { System } from '../system';

const BAILIFF = '880415400004';
const JUDGE = '710830300000';

async function keyOf(system: System, iin: string, purpose: 'sign' | 'auth') {
  const key = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === purpose)!;
  return openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${key.file}`)), DEMO_KEY_PIN);
}

async function sign(system: System, iin: string, purpose: 'sign' | 'auth', content: Uint8Array, detached = true) {
  const key = await keyOf(system, iin, purpose);
  const cms = await createSignedData({ content, detached, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: new Date() });
  return Buffer.from(cms).toString('base64');
}

async function sampleDocument(c: TestClient) {
  const created = (await c.post('/api/dev/sample-document')).json() as { documentId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${created.documentId}/content`)).rawPayload);
  const start = (await c.post(`/api/documents/${created.documentId}/signing`)).json() as { challengeId: string; expiresAt: string; startedAt: string };
  return { documentId: created.documentId, content, start };
}

describeSystemOnEachEngine('signing a document', ({ system, client, clock }) => {
  it('SIG-1, SIG-4: a document signed with the user\'s own signing key is accepted and publicly verifiable', async () => {
    const c = client('kk');
    await c.signIn(BAILIFF);
    const { documentId, content, start } = await sampleDocument(c);
    expect(new Date(start.expiresAt).getTime() - new Date(start.startedAt).getTime()).toBe(5 * 60_000);
    const accepted = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), BAILIFF, 'sign', content) });
    expect(accepted.statusCode).toBe(200);
    const replay = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), BAILIFF, 'sign', content) });
    expect(replay.json().code).toBe('signing.challenge_used');
    const page = (await client().get(`/api/verify/${documentId}`)).json();
    expect(page.signatures).toHaveLength(1);
    expect(page.signatures[0]).toMatchObject({ valid: true, signer: 'А******а А.', iin: '8804********', algorithm: 'RSA-SHA256' });
    expect(JSON.stringify(page)).not.toContain('Ахметова');
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await client().get(`/api/verify/${documentId}/qr.svg`)).body).toContain('<svg');
    const stored = await system().db.query<{ evidence: { chain: string[]; time: string } }>('SELECT evidence FROM signatures WHERE document_id = $1', [documentId]);
    expect(stored.rows[0]?.evidence.chain.length).toBeGreaterThanOrEqual(2);
    expect(stored.rows[0]?.evidence.time).toBe(clock.now().toISOString());
  });

  it('SIG-4: another person\'s key, an authentication key, or changed content is refused with kk/ru reasons', async () => {
    const c = client('ru');
    await c.signIn(BAILIFF);
    const { content, start } = await sampleDocument(c);
    const foreign = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), JUDGE, 'sign', content) });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().code).toBe('signing.signature_invalid');
    expect(foreign.json().details.reasons.map((r: { code: string }) => r.code)).toContain('iin_mismatch');
    const auth = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), BAILIFF, 'auth', content) });
    expect(auth.json().details.reasons.map((r: { code: string }) => r.code)).toContain('not_a_signing_key');
    const changed = new Uint8Array([...content, 0x20]);
    const tampered = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), BAILIFF, 'sign', changed) });
    expect(tampered.json().details.reasons.map((r: { code: string }) => r.code)).toContain('content_mismatch');
    expect(tampered.json().message).toMatch(/^Подпись не прошла проверку/);
  });

  it('SIG-3: a signature after the 5 minutes is refused; signing must start again', async () => {
    const c = client('kk');
    await c.signIn(BAILIFF);
    const { content, start } = await sampleDocument(c);
    clock.advance(5 * 60_000 + 1);
    const late = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), BAILIFF, 'sign', content) });
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ code: 'signing.challenge_expired' });
    expect(late.json().message).toContain('5 мин.');
    const other = client('ru');
    await other.signIn(JUDGE);
    const stolen = await other.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), JUDGE, 'sign', content) });
    expect(stolen.json().code).toMatch(/signing\.challenge_(foreign|expired)/);
  });

  it('ЭЦП sign-in: an authentication key signs a single-use nonce; a signing key and a replay are refused', async () => {
    const c = client('ru');
    await c.get('/api/session');
    const challenge = (await c.post('/api/auth/esign/challenge')).json() as { challengeId: string; nonce: string; expiresAt: string };
    const nonce = new TextEncoder().encode(challenge.nonce);
    const ok = await c.post('/api/auth/esign', { challengeId: challenge.challengeId, cms: await sign(system(), JUDGE, 'auth', nonce, false) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.iin).toBe(JUDGE);
    const replay = await client().request({ method: 'POST', url: '/api/auth/esign', headers: { 'x-csrf-token': c.cookie('oryndau_csrf')!, cookie: `oryndau_csrf=${c.cookie('oryndau_csrf')}` },
      payload: { challengeId: challenge.challengeId, cms: await sign(system(), JUDGE, 'auth', nonce, false) } });
    expect(replay.json().code).toBe('signing.challenge_used');
    const second = (await c.post('/api/auth/esign/challenge')).json() as { challengeId: string; nonce: string };
    const withSigningKey = await c.post('/api/auth/esign', {
      challengeId: second.challengeId, cms: await sign(system(), JUDGE, 'sign', new TextEncoder().encode(second.nonce), false) });
    expect(withSigningKey.statusCode).toBe(422);
    expect(withSigningKey.json().details.reasons.map((r: { code: string }) => r.code)).toContain('not_an_auth_key');
    const third = (await c.post('/api/auth/esign/challenge')).json() as { challengeId: string };
    clock.advance(61_000);
    const late = await c.post('/api/auth/esign', { challengeId: third.challengeId, cms: await sign(system(), JUDGE, 'auth', nonce, false) });
    expect(late.json().code).toBe('signing.challenge_expired');
  });
  it('SIG-7: a stored signature is re-proven from its evidence years later, after the certificate expired', async () => {
    const c = client('ru');
    await c.signIn(BAILIFF);
    const { documentId, content, start } = await sampleDocument(c);
    expect((await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), BAILIFF, 'sign', content) })).statusCode).toBe(200);
    clock.advance(3 * 365 * 86_400_000);
    const row = (await system().db.query<{ cms: Uint8Array; evidence: { time: string; crls: string[]; chain: string[] } }>(
      'SELECT cms, evidence FROM signatures WHERE document_id = $1', [documentId])).rows[0]!;
    const fromBase64 = (b: string) => new Uint8Array(Buffer.from(b, 'base64'));
    const root = row.evidence.chain.map(fromBase64).at(-1)!;
    const options = { anchors: [testAnchor(root)], crls: row.evidence.crls.map(fromBase64), purpose: 'sign' as const, allowTestPki: true };
    const again = await verifySignature({ cms: new Uint8Array(row.cms), content }, { ...options, receivedAt: new Date(row.evidence.time) });
    expect(again.valid).toBe(true);
    // Judged as of today instead, the same signature is out of its certificate's validity.
    const today = await verifySignature({ cms: new Uint8Array(row.cms), content }, { ...options, receivedAt: clock.now() });
    expect(today.reasons.map((r) => r.code)).toContain('certificate_expired');
    clock.advance(-3 * 365 * 86_400_000);
  });

  it('SIG-4: a key revoked in the dev PKI is refused at once; the CRL is published over HTTP', async () => {
    const c = client('kk');
    await c.signIn(JUDGE);
    const { content, start } = await sampleDocument(c);
    const key = await keyOf(system(), JUDGE, 'sign');
    const dir = nodePkiDirectory(system().trust.pkiDir);
    const state = (await devCa.loadDevPki(dir))!;
    const serial = parseCertificate(key.certificate).serialNumber;
    await devCa.publishDevCrls(dir, devCa.revokeSerial(state, serial, new Date(clock.now().getTime() - 60_000)), clock.now());
    const refused = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: await sign(system(), JUDGE, 'sign', content) });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toContain('revoked');
    expect(refused.json().message).toContain('Тіркеу куәлігі кері қайтарып алынған');
    const crl = await client().get('/pki/crl');
    expect(crl.headers['content-type']).toBe('application/pkix-crl');
    expect(parseCrl(new Uint8Array(crl.rawPayload)).entries.has(serial.toUpperCase())).toBe(true);
  });
}, { DEMO_KEYS: 'true' });
