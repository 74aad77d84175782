import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliverOutbox, sealJournal, treeHeadBytes } from '@oryndau/db';
import type { SignedTreeHead } from '@oryndau/db';
import { merkle } from '@oryndau/domain';
import { createSignedData, fromBase64, openPkcs12 } from '@oryndau/esign';
import { afterAll, expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { System } from '../system';
import { journalSealOptions } from './sealer';
import { JOURNAL_WITNESS_CHANNEL, journalWitnessSender, witnessFileName } from './witnesses';

// Issue 12 items 2–4 through the whole server: heads signed with the system
// key, delivered to a witness directory through the outbox, public heads and
// consistency proofs, administrators' inclusion proofs, and /verify's proof
// that a signature was journalled.

const ADMIN = '800101300006';
const BAILIFF = '880415400004';
const witnessDir = mkdtempSync(join(tmpdir(), 'oryndau-witness-'));
afterAll(() => rmSync(witnessDir, { recursive: true, force: true }));

const sealNow = (system: System, dir: string) => sealJournal(system.db, journalSealOptions({
  seal: system.outcomes.seal, witnesses: [{ kind: 'directory', path: dir }], intervalMs: 1000, holder: 'test',
}));

const toBytes = (hex: string) => merkle.fromHex(hex);

async function signedByTheSystem(system: System, head: SignedTreeHead) {
  const outcome = await system.trust.verify({ cms: fromBase64(head.signature), content: treeHeadBytes(head), purpose: 'sign',
    expectBin: system.outcomes.seal.bin, at: new Date(head.timestamp) });
  return outcome.valid;
}

async function signSample(system: System, c: TestClient) {
  const created = (await c.post('/api/dev/sample-document')).json() as { documentId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${created.documentId}/content`)).rawPayload);
  const start = (await c.post(`/api/documents/${created.documentId}/signing`)).json() as { challengeId: string };
  const entry = system.trust.demoKeys.find((k) => k.iin === BAILIFF && k.purpose === 'sign')!;
  const key = await openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${entry.file}`)), DEMO_KEY_PIN);
  const cms = await createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain,
    signingTime: new Date() });
  const accepted = await c.post(`/api/signing/${start.challengeId}/signature`, { cms: Buffer.from(cms).toString('base64') });
  expect(accepted.statusCode).toBe(200);
  return created.documentId;
}

describeSystemOnEachEngine('the journal as a verifiable log', ({ system, client }) => {
  it('X-2: signed tree heads — signed by the system key, public, and in the witness\'s directory through the outbox', async () => {
    const dir = join(witnessDir, system().db.kind);
    const admin = client('kk');
    await admin.signIn(ADMIN);
    expect((await client().get('/api/journal/tree-heads/latest')).statusCode).toBe(404);
    const round = await sealNow(system(), dir);
    expect(round.sealed).toBeGreaterThan(0);
    const latest = (await client().get('/api/journal/tree-heads/latest')).json() as SignedTreeHead;
    expect(latest.treeSize).toBe(round.treeSize);
    expect(await signedByTheSystem(system(), latest)).toBe(true);
    expect(await signedByTheSystem(system(), { ...latest, treeSize: latest.treeSize + 1 })).toBe(false);
    expect((await client().get(`/api/journal/tree-heads/${latest.treeSize}`)).json()).toEqual(latest);
    expect((await client().get(`/api/journal/tree-heads/${latest.treeSize + 100}`)).statusCode).toBe(404);
    await deliverOutbox(system().db, { [JOURNAL_WITNESS_CHANNEL]: journalWitnessSender }, () => new Date());
    const kept = JSON.parse(readFileSync(join(dir, witnessFileName(latest.treeSize)), 'utf8')) as SignedTreeHead;
    expect(kept).toEqual(latest);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('X-2: consistency between two signed heads, and inclusion proofs for administrators only', async () => {
    const first = (await client().get('/api/journal/tree-heads/latest')).json() as SignedTreeHead;
    const bailiff = client('ru');
    await bailiff.signIn(BAILIFF);
    await sealNow(system(), join(witnessDir, `${system().db.kind}-2`));
    const second = (await client().get('/api/journal/tree-heads/latest')).json() as SignedTreeHead;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    const consistency = (await client().get(`/api/journal/consistency?from=${first.treeSize}&to=${second.treeSize}`)).json();
    expect(consistency.fromHead).toEqual(first);
    expect(merkle.verifyConsistency(first.treeSize, second.treeSize, toBytes(first.rootHash), toBytes(second.rootHash),
      consistency.proof.map(toBytes))).toBe(true);
    expect((await client('kk').get(`/api/journal/consistency?from=${second.treeSize}&to=${first.treeSize}`)).statusCode).toBe(400);
    expect((await client().get(`/api/journal/consistency?from=1&to=${second.treeSize + 5}`)).statusCode).toBe(404);

    const admin = client('ru');
    await admin.signIn(ADMIN);
    const logins = (await admin.get(`/api/journal?action=auth.login&actor=${BAILIFF}`)).json();
    const login = logins.entries[0];
    expect(login.leafIndex).not.toBeNull();
    expect(login.address).toBeTruthy();
    expect((await bailiff.get(`/api/journal/entries/${login.seq}/proof`)).statusCode).toBe(403);
    expect((await client().get(`/api/journal/entries/${login.seq}/proof`)).statusCode).toBe(401);
    const proof = (await admin.get(`/api/journal/entries/${login.seq}/proof`)).json();
    expect(proof.treeHead).toEqual(second);
    expect(merkle.verifyInclusion(proof.leafIndex, proof.treeSize, merkle.leafHash(new TextEncoder().encode(proof.entry)),
      proof.auditPath.map(toBytes), toBytes(proof.treeHead.rootHash))).toBe(true);
    expect(proof.entry).not.toContain(BAILIFF);
    const older = (await admin.get(`/api/journal/entries/${login.seq}/proof?treeSize=${first.treeSize}`));
    expect(older.statusCode).toBe(404);
  });

  it('SIG-7: /verify shows that a signature was journalled, with a proof a browser can check', async () => {
    const bailiff = client('kk');
    await bailiff.signIn(BAILIFF);
    const documentId = await signSample(system(), bailiff);
    const pending = (await client().get(`/api/verify/${documentId}`)).json();
    expect(pending.journal).toEqual({ proofs: [], pending: 1 });
    await sealNow(system(), join(witnessDir, `${system().db.kind}-3`));
    const page = (await client().get(`/api/verify/${documentId}`)).json();
    expect(page.journal.pending).toBe(0);
    const [proof] = page.journal.proofs;
    expect(JSON.parse(proof.entry)).toMatchObject({ action: 'document.signed', objectType: 'document', objectId: documentId });
    expect(merkle.verifyInclusion(proof.leafIndex, proof.treeSize, merkle.leafHash(new TextEncoder().encode(proof.entry)),
      proof.auditPath.map(toBytes), toBytes(proof.treeHead.rootHash))).toBe(true);
    expect(await signedByTheSystem(system(), proof.treeHead)).toBe(true);
  });

  it('X-2, ENP-11: administrators filter by person; the person sees who read their data; /health shows the sealing', async () => {
    const admin = client('ru');
    await admin.signIn(ADMIN);
    const health = (await client().get('/health')).json();
    expect(health.journal).toMatchObject({ ok: true, boundMs: 10_000 });
    expect(health.journal.treeSize).toBeGreaterThan(0);
    // Reading the journal about a person is a view of their personal data.
    const about = (await admin.get(`/api/journal?person=${BAILIFF}`)).json();
    expect(about.entries.length).toBeGreaterThan(0);
    expect(about.entries.every((e: { actorIin: string | null; subjectIin: string | null }) => e.actorIin === BAILIFF || e.subjectIin === BAILIFF))
      .toBe(true);
    const bailiff = client('kk');
    await bailiff.signIn(BAILIFF);
    const views = (await bailiff.get('/api/journal/my-views')).json();
    expect(views.entries[0]).toMatchObject({ action: 'journal.browse', role: 'admin', objectType: 'journal' });
    expect(JSON.stringify(views)).not.toContain(ADMIN);
    expect((await client().get('/api/journal/my-views')).statusCode).toBe(401);
  });
}, { DEMO_KEYS: 'true' });
