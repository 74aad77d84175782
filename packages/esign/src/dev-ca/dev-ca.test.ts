import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { bytesEqual, randomBytes } from '../bytes';
import { parseCertificate } from '../certificates/parse-certificate';
import { verifyIssuedBy } from '../certificates/verify-issued-by';
import { parseCrl } from '../crl/parse-crl';
import { openPkcs12 } from '../pkcs12';
import { pemBlocks } from '../pem';
import { createDevPki, DEV_ISSUING_NAME, DEV_ROOT_NAME } from './create-dev-pki';
import { recordIssued, revokeSerial } from './dev-pki-state';
import { PKI_FILES, loadDevPki, loadOrCreateDevPki, publishDevCrls, readDevTrust, saveDevPki, type PkiDirectory } from './fs-store';
import { issueCertificate } from './issue-certificate';
import { exportPkcs12 } from './pkcs12-export';
import { pkcs12Kdf } from './pkcs12-kdf';

const NOW = new Date('2026-03-02T06:00:00Z');
// node-forge has the PKCS#12 KDF but its typings do not declare it.
const forgeKdf = (forge.pki as unknown as {
  pbe: { generatePkcs12Key(password: string, salt: forge.util.ByteBuffer, id: number, iter: number, n: number): forge.util.ByteBuffer };
}).pbe.generatePkcs12Key;

function memoryDirectory(): PkiDirectory & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return { files, read: async (name) => files.get(name) ?? null, write: async (name, bytes) => void files.set(name, bytes) };
}

describe('dev PKI — a test NCA (SIG-2)', () => {
  it('SIG-2: a root and an issuing CA laid out like the NCA\'s (RSA-2048, CA flags, chain signatures)', async () => {
    const pki = await createDevPki({ now: NOW });
    const root = parseCertificate(pki.root.certificate);
    const issuing = parseCertificate(pki.issuing.certificate);
    expect(root.subject.commonName).toBe(DEV_ROOT_NAME);
    expect(issuing.subject.commonName).toBe(DEV_ISSUING_NAME);
    expect(issuing.issuer.commonName).toBe(DEV_ROOT_NAME);
    expect([root.isCa, issuing.isCa, issuing.pathLength]).toEqual([true, true, 0]);
    expect(issuing.keyUsage).toEqual(['keyCertSign', 'cRLSign']);
    expect(issuing.algorithm.name).toBe('RSA-SHA256');
    expect(await verifyIssuedBy(issuing, root)).toEqual({ ok: true });
    expect(await verifyIssuedBy(root, root)).toEqual({ ok: true });
    const leaf = await issueCertificate(pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign' });
    expect(await verifyIssuedBy(parseCertificate(leaf.certificate), issuing)).toEqual({ ok: true });
    expect(parseCertificate(leaf.certificate).notAfter.getTime() - parseCertificate(leaf.certificate).notBefore.getTime()).toBe(365 * 86_400_000);
  });

  it('SIG-2: individuals get separate signing and authentication keys', async () => {
    const pki = await createDevPki({ now: NOW });
    const person = { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ' };
    const signing = parseCertificate((await issueCertificate(pki, { ...person, purpose: 'sign' })).certificate);
    const auth = parseCertificate((await issueCertificate(pki, { ...person, purpose: 'auth' })).certificate);
    expect(signing.purposes).toEqual(['sign']);
    expect(auth.purposes).toEqual(['auth']);
    expect(bytesEqual(signing.spki, auth.spki)).toBe(false);
    await expect(issueCertificate(pki, { ...person, iin: '123', purpose: 'sign' })).rejects.toThrow(/IIN/);
    await expect(issueCertificate(pki, { ...person, role: 'first-head', purpose: 'sign' })).rejects.toThrow(/BIN/);
  });

  it('SIG-2: the PKCS#12 KDF matches node-forge\'s, and key files reopen with their PIN only', async () => {
    const salt = randomBytes(8);
    for (const [id, length] of [[1, 24], [2, 8], [3, 20], [1, 5]] as const) {
      const theirs = forgeKdf('Qwerty12', forge.util.createBuffer(String.fromCharCode(...salt)), id, 1024, length).getBytes();
      expect(Array.from(pkcs12Kdf('Qwerty12', salt, id, 1024, length))).toEqual(Array.from(theirs, (c) => c.charCodeAt(0)));
    }
    const pki = await createDevPki({ now: NOW });
    const issued = await issueCertificate(pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign', algorithm: 'ECDSA-P256-SHA256' });
    const p12 = exportPkcs12({ privateKey: issued.privateKey, certificate: issued.certificate, chain: issued.chain, pin: '123456' });
    const opened = await openPkcs12(p12, '123456');
    expect(opened.privateKey.algorithm).toBe('ECDSA-P256-SHA256');
    expect(bytesEqual(opened.certificate, issued.certificate)).toBe(true);
    expect(opened.chain).toHaveLength(2);
    await expect(openPkcs12(p12, '654321')).rejects.toMatchObject({ code: 'wrong_pin' });
  });

  it('SIG-2: the store keeps the PKI in a directory; revoking re-issues the CRL', async () => {
    const dir = memoryDirectory();
    const first = await loadOrCreateDevPki(dir, { now: NOW });
    expect(first.created).toBe(true);
    expect([...dir.files.keys()].sort()).toEqual(Object.values(PKI_FILES).sort());
    expect(pemBlocks(new TextDecoder().decode(dir.files.get(PKI_FILES.rootKey)!), 'PRIVATE KEY')).toHaveLength(1);
    const again = await loadOrCreateDevPki(dir, { now: NOW });
    expect(again.created).toBe(false);
    expect(bytesEqual(again.state.pki.root.certificate, first.state.pki.root.certificate)).toBe(true);

    const issued = await issueCertificate(again.state.pki, { now: NOW, iin: '880315300123', name: 'ТЕСТОВ ТЕСТ', purpose: 'sign' });
    await saveDevPki(dir, recordIssued(again.state, issued));
    const loaded = (await loadDevPki(dir))!;
    expect(loaded.issued.map((r) => r.serialNumber)).toEqual([issued.serialNumber]);
    expect(() => revokeSerial(loaded, 'ABCDEF', NOW)).toThrow(/not issued/);
    const revoked = revokeSerial(loaded, issued.serialNumber, NOW, 'keyCompromise');
    const { crl, state } = await publishDevCrls(dir, revoked, NOW);
    expect(state.crlNumber).toBe(2);
    expect(parseCrl(crl).entries.get(issued.serialNumber)).toEqual({ revokedAt: NOW, reason: 'keyCompromise' });
    const trust = (await readDevTrust(dir))!;
    expect(trust.crls).toHaveLength(2);
    expect(bytesEqual(trust.root, first.state.pki.root.certificate)).toBe(true);
  });
});
